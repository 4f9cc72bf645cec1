package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link PackagePartDtdJobTests} against PostgreSQL. */
@OnPostgres
class PackagePartDtdJobOnPostgresTests extends PackagePartDtdJobTests {
}
