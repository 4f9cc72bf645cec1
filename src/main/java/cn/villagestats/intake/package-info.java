/**
 * Reading a return workbook: our own streaming reader for .xlsx sheet XML, POI for the package
 * and for .xls, the limits an untrusted file must keep, and the return's shape (the cover, the
 * programme sheets found by name, headers resolved once per sheet, both as {@code returns}
 * describes them). The rest of the code sees
 * {@link cn.villagestats.intake.ReturnRow rows} of typed {@link cn.villagestats.intake.SheetCell cells};
 * POI stays behind this package. Uses nothing of the application but its own types and
 * {@code returns}' sheet specs.
 */
package cn.villagestats.intake;
