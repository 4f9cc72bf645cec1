package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link MixedInboxJobTests} against PostgreSQL. */
@OnPostgres
class MixedInboxJobOnPostgresTests extends MixedInboxJobTests {
}
