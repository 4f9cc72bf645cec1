/**
 * The schema-free streaming workbook reader: a file opened by what its bytes are
 * ({@link cn.villagestats.workbook.WorkbookSources}) becomes a
 * {@link cn.villagestats.workbook.WorkbookSource} of named sheets, each pulled one
 * {@link cn.villagestats.workbook.SheetRow row} at a time through a
 * {@link cn.villagestats.workbook.SheetCursor} as typed {@link cn.villagestats.workbook.SheetCell cells}
 * (their {@link cn.villagestats.workbook.CellKind kind} and the text a clerk sees), never a sheet
 * held whole. A file that cannot be read, or that would cost more than its
 * {@link cn.villagestats.workbook.WorkbookLimits limits}, is an
 * {@link cn.villagestats.workbook.UnreadableWorkbookException} with its reason in Chinese and English.
 * {@link cn.villagestats.workbook.Spaces} is the one definition of white space for anything typed.
 * <p>
 * Knows nothing of returns, programmes or columns: that is {@code intake}'s. {@code xlsx} and
 * {@code xls} hold the two formats' readers; {@link cn.villagestats.workbook.Unreadable},
 * {@link cn.villagestats.workbook.CellTexts}, {@link cn.villagestats.workbook.RowOrder} and
 * {@link cn.villagestats.workbook.Quietly} are public only for them. POI, Aalto and Commons
 * Compress are used here and nowhere else for reading. Uses nothing of the application.
 */
package cn.villagestats.workbook;
