/**
 * The return as data: each sheet ({@link cn.villagestats.returns.ReturnSheet}) with its Chinese and
 * English name and its columns ({@link cn.villagestats.returns.ReturnColumn}: header, English alias,
 * required or required-when, template format and width, allowed values, unit, summed in the 合计
 * row). A programme declares its sheet here in values; the reader, the rules, the template and the
 * feedback read them. Uses nothing of the application.
 */
package cn.villagestats.returns;
