/**
 * 道路硬化 (roads, with 户户通): the sheet's columns ({@link cn.villagestats.programme.roads.RoadSheet}),
 * the row rule, the accepted record, its staging table {@code road_row} and the programme's
 * indicators, registered by {@link cn.villagestats.programme.roads.RoadProgramme}. Uses
 * {@code returns}, {@code validation}'s shared parsers and rules, and {@code programme}.
 */
package cn.villagestats.programme.roads;
