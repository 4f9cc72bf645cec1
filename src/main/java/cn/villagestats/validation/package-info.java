/**
 * Cell parsers and the rules of docs/return-template.md: the cover's, and one row rule per
 * programme sheet, each turning a typed row into a record to stage or into violations with
 * their reason in Chinese and English. Uses intake's rows and cells only.
 */
package cn.villagestats.validation;
