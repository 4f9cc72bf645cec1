/**
 * A general sort on disk: {@link cn.villagestats.sort.LongPairSort} orders pairs of longs by
 * key, then value, in a heap that does not grow with the input, spilling sorted runs to
 * temporary files and merging them when read. The duplicate-身份证号 check sorts a period's
 * numbers with it. Uses nothing of the application.
 */
package cn.villagestats.sort;
