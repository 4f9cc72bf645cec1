/**
 * The programmes of the return, one subpackage each ({@code toilets}, {@code roads},
 * {@code surveillance}): a {@link cn.villagestats.programme.Programme} holds its sheet spec, row
 * rule, staging table and indicators with their aggregates; {@link cn.villagestats.programme.Programmes}
 * lists the registered ones in order, and {@link cn.villagestats.programme.IndicatorCheck} refuses
 * to start when they and {@code seeds/indicators.csv} disagree. Uses {@code returns},
 * {@code intake}'s rows, {@code validation} and {@code registry}'s seed files.
 */
package cn.villagestats.programme;
