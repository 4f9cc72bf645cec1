/**
 * Reference data loaded from {@code seeds/} at every start: the village registry, the
 * indicators' names and units, and the township's name and code.
 */
package cn.villagestats.registry;
