/**
 * Writing workbooks: builders over POI for the exports, the feedback and the template, with
 * looks (borders, fills, number formats), CJK-aware column widths, A4 print layout and cell
 * marks. Knows nothing of returns.
 */
package cn.villagestats.spreadsheet;
