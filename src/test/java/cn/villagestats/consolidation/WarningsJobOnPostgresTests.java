package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link WarningsJobTests} against PostgreSQL. */
@OnPostgres
class WarningsJobOnPostgresTests extends WarningsJobTests {
}
