/**
 * The blank return template a village fills in ({@code template}): the cover, a sheet per
 * programme with its headers, formats, widths and drop-down lists as its columns declare them,
 * and the 填表说明 with each programme's own rules. Uses {@code programme}, {@code returns} and
 * {@code spreadsheet}.
 */
package cn.villagestats.template;
