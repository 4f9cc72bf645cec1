package cn.villagestats.programme.water;

import cn.villagestats.testdb.OnPostgres;

/** {@link FourthProgrammeJobTests} against PostgreSQL, where the fourth programme's rows are staged by COPY. */
@OnPostgres
class FourthProgrammeJobOnPostgresTests extends FourthProgrammeJobTests {
}
