/**
 * Reading a village return: the cover's labelled values, the programme sheets found by name,
 * each sheet's header row resolved once against its columns as {@code returns} describes them,
 * rows below it sorted into data ({@link cn.villagestats.intake.ReturnRow}), the village's own
 * total rows and rows with nothing known, and the limits an untrusted return must keep
 * ({@link cn.villagestats.intake.IntakeLimits}, rows per sheet besides the file's own).
 * {@link cn.villagestats.intake.ReturnWorkbookReader} opens a return; the rest of the code sees
 * its rows of typed {@link cn.villagestats.workbook.SheetCell cells}. Uses {@code workbook} for
 * the bytes, and so no POI, and {@code returns} for the sheet specs.
 */
package cn.villagestats.intake;
