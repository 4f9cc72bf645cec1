/**
 * The township totals: set-based SQL aggregation of the staged rows into the reporting table,
 * the village statuses (已报 / 已报·被退回 / 未报), and the county export (the totals CSV, the printed
 * 汇总 and 分村明细 workbook, the returns and rejected rows CSVs). Uses registry and spreadsheet.
 */
package cn.villagestats.reporting;
