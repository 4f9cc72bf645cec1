package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link ClearedSheetsJobTests} against PostgreSQL. */
@OnPostgres
class ClearedSheetsJobOnPostgresTests extends ClearedSheetsJobTests {
}
