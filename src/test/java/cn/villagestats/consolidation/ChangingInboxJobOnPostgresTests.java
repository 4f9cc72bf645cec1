package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link ChangingInboxJobTests} against PostgreSQL. */
@OnPostgres
class ChangingInboxJobOnPostgresTests extends ChangingInboxJobTests {
}
