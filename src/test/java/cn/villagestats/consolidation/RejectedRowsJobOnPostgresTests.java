package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link RejectedRowsJobTests} against PostgreSQL. */
@OnPostgres
class RejectedRowsJobOnPostgresTests extends RejectedRowsJobTests {
}
