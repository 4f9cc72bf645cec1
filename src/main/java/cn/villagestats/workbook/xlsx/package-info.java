/**
 * Reading {@code .xlsx} and {@code .xlsm}: the zip's directory checked once against the limits
 * (zip bombs, oversized parts and shared strings, a DTD in any part, a zip of workbooks), then
 * POI's {@code OPCPackage} opens the package; the workbook, shared strings and date styles are
 * read by StAX (Aalto), and each sheet's XML by a byte scanner of our own
 * ({@link cn.villagestats.workbook.xlsx.XlsxSheetScanner}), the reader's hot path, with a StAX
 * cursor for sheets not in UTF-8. Only {@link cn.villagestats.workbook.xlsx.XlsxWorkbookSource}
 * is public, for {@code workbook} to open it. Uses {@code workbook}'s types.
 */
package cn.villagestats.workbook.xlsx;
