package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link DuplicateIdNumbersJobTests} against PostgreSQL. */
@OnPostgres
class DuplicateIdNumbersJobOnPostgresTests extends DuplicateIdNumbersJobTests {
}
