/**
 * The blank return template a village fills in ({@code template}): the cover, the programme
 * sheets with their headers and formats, and the 填表说明.
 */
package cn.villagestats.template;
