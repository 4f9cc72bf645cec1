package cn.villagestats.testdb;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips a PostgreSQL test class (fails it in CI) before its Spring context tries to start. */
class PostgresServerCheck implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresServer.require();
    }
}
