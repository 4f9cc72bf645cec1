package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link UnfinishedReturnsJobTests} against PostgreSQL. */
@OnPostgres
class UnfinishedReturnsJobOnPostgresTests extends UnfinishedReturnsJobTests {
}
