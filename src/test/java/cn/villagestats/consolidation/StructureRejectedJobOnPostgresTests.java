package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link StructureRejectedJobTests} against PostgreSQL. */
@OnPostgres
class StructureRejectedJobOnPostgresTests extends StructureRejectedJobTests {
}
