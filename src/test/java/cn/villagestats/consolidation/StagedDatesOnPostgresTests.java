package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link StagedDatesTests} against PostgreSQL. */
@OnPostgres
class StagedDatesOnPostgresTests extends StagedDatesTests {
}
