package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link FeedbackJobTests} against PostgreSQL. */
@OnPostgres
class FeedbackJobOnPostgresTests extends FeedbackJobTests {
}
