package cn.villagestats.consolidation;

import cn.villagestats.testdb.OnPostgres;

/** {@link ReturnLedgerTests} against PostgreSQL, whose driver rewrites the batch into multi-row inserts. */
@OnPostgres
class ReturnLedgerOnPostgresTests extends ReturnLedgerTests {
}
