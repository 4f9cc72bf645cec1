package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link PreviousPeriodJobTests} against PostgreSQL. */
@OnPostgres
class PreviousPeriodJobOnPostgresTests extends PreviousPeriodJobTests {
}
