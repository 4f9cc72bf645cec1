package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link PeriodLockJobTests} against PostgreSQL. */
@OnPostgres
class PeriodLockJobOnPostgresTests extends PeriodLockJobTests {
}
