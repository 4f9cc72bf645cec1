/**
 * Reading the legacy {@code .xls}: POI's record stream (HSSF), the globals (shared strings,
 * formats, date system, sheet names) read once, each sheet's rows pulled record by record,
 * memory flat. Only {@link cn.villagestats.workbook.xls.XlsWorkbookSource} is public, for
 * {@code workbook} to open it. Uses {@code workbook}'s types.
 */
package cn.villagestats.workbook.xls;
