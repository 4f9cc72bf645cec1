/**
 * The feedback workbook sent back to a village clerk: a copy of the return with each rejected
 * cell marked and explained, and a printable 问题清单 (sheet, row, column, value, reason), with
 * 身份证号 masked, a sheet per programme. Uses {@code spreadsheet} to write, {@code intake} and
 * {@code workbook} to read the village's own sheets, {@code programme} and {@code returns} for
 * their columns, and {@code reporting}'s rejected cells and warnings.
 */
package cn.villagestats.feedback;
