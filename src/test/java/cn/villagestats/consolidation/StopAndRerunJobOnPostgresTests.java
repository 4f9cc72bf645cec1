package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link StopAndRerunJobTests} against PostgreSQL. */
@OnPostgres
class StopAndRerunJobOnPostgresTests extends StopAndRerunJobTests {
}
