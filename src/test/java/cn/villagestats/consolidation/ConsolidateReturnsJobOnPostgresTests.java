package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link ConsolidateReturnsJobTests} against PostgreSQL. */
@OnPostgres
class ConsolidateReturnsJobOnPostgresTests extends ConsolidateReturnsJobTests {
}
