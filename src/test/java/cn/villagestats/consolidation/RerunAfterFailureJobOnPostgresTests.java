package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link RerunAfterFailureJobTests} against PostgreSQL. */
@OnPostgres
class RerunAfterFailureJobOnPostgresTests extends RerunAfterFailureJobTests {
}
