/**
 * The programmes of the return, one subpackage each ({@code toilets}, {@code roads},
 * {@code surveillance}): a {@link cn.villagestats.programme.Programme} holds its sheet spec, row
 * rule, staging table and indicators with their aggregates; {@link cn.villagestats.programme.Programmes}
 * lists the registered ones in order. Uses {@code returns}, {@code intake}'s rows and
 * {@code validation}.
 */
package cn.villagestats.programme;
