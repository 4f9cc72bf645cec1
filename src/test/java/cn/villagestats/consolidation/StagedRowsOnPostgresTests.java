package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link StagedRowsTests} against PostgreSQL, where the rows are staged by COPY. */
@OnPostgres
class StagedRowsOnPostgresTests extends StagedRowsTests {
}
