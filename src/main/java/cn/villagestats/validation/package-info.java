/**
 * Cell parsers and the rules of docs/return-template.md that all programmes share: the cover's,
 * numbers, dates, yes/no, 身份证号 and allowed values as clerks type them, completion dates, the
 * village's 合计 rows. A programme's row rule ({@link cn.villagestats.validation.RowRule}) reads
 * its row through a {@link cn.villagestats.validation.RowReader} and turns it into a record to
 * stage or into violations with their reason in Chinese and English. Uses intake's rows,
 * {@code workbook}'s typed cells, {@code returns}' column specs and the registry's villages.
 */
package cn.villagestats.validation;
