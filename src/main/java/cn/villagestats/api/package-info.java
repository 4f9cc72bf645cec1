/**
 * The JSON API for the county's systems and the villages' tools, under {@code /api/v1}, signed
 * in by {@code Authorization: Bearer <token>} ({@code user token}); described by
 * {@code /api/openapi.json}. It calls the same upload check and run levers as the console.
 */
package cn.villagestats.api;
