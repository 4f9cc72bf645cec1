/**
 * The generator of sample returns ({@code generate-samples}): workbooks laid out the many ways
 * clerks lay them out, whose figures add up to the seed figures of docs/return-template.md
 * exactly; also the benchmark's and tests' inputs. Uses registry and intake's sheet names.
 */
package cn.villagestats.samples;
