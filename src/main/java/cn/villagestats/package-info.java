/**
 * villagestats: the township's monthly returns read, checked cell by cell, consolidated into
 * township totals and exported for the county. {@link cn.villagestats.VillageStatsApplication}
 * starts it; the packages below hold one feature each, in the order a return travels: the
 * {@code workbook} reader, the return's shape ({@code returns}, {@code intake}), the rules
 * ({@code validation}, {@code programme}), the job ({@code consolidation}), the totals and files
 * ({@code reporting}, {@code feedback}, {@code template}), and the ways in ({@code operations},
 * {@code console}, {@code api}).
 */
package cn.villagestats;
