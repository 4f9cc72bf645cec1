package cn.villagestats.reporting;

import cn.villagestats.testdb.OnPostgres;

/** {@link VillageStatusTests} against PostgreSQL. */
@OnPostgres
class VillageStatusOnPostgresTests extends VillageStatusTests {
}
