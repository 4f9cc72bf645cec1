package cn.villagestats.consolidation;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Tells a failure of the database connection itself (no answer, no connection) from a failure of a statement. */
final class LostDatabase {

    private LostDatabase() {
    }

    static boolean among(List<Throwable> failures) {
        return failures.stream().anyMatch(LostDatabase::is);
    }

    static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof SocketTimeoutException
                    || cause instanceof SocketException) {
                return true;
            }
            // SQLSTATE class 08: connection exception (PostgreSQL's driver reports a lost connection so)
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }
}
