/**
 * 卫生改厕 (toilets): the sheet's columns ({@link cn.villagestats.programme.toilets.ToiletSheet}), the
 * row rule, the accepted record, its staging table {@code toilet_row} and the programme's indicators,
 * registered by {@link cn.villagestats.programme.toilets.ToiletProgramme}. Uses {@code returns},
 * {@code validation}'s shared parsers and rules, and {@code programme}.
 */
package cn.villagestats.programme.toilets;
