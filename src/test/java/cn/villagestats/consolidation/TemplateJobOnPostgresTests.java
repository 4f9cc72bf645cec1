package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link TemplateJobTests} against PostgreSQL. */
@OnPostgres
class TemplateJobOnPostgresTests extends TemplateJobTests {
}
