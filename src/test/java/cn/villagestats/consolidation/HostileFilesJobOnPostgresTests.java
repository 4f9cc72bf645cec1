package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link HostileFilesJobTests} against PostgreSQL. */
@OnPostgres
class HostileFilesJobOnPostgresTests extends HostileFilesJobTests {
}
