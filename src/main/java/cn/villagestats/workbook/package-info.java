/**
 * A workbook as rows of typed cells, knowing nothing about returns or programmes:
 * {@link cn.villagestats.workbook.SheetRow rows} of {@link cn.villagestats.workbook.SheetCell cells},
 * each with its {@link cn.villagestats.workbook.CellKind kind} and the text a clerk sees, and the one
 * definition of white space ({@link cn.villagestats.workbook.Spaces}) for everything typed into a
 * cell. Uses nothing of the application.
 */
package cn.villagestats.workbook;
