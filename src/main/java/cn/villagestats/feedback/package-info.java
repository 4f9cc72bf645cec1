/**
 * The feedback workbook sent back to a village clerk: a copy of the return with each rejected
 * cell marked and explained, and a printable 问题清单 (sheet, row, column, value, reason), with
 * 身份证号 masked. Uses spreadsheet.
 */
package cn.villagestats.feedback;
