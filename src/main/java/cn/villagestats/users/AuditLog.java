package cn.villagestats.users;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The audit table: who uploaded, ran, reran, stopped or abandoned what, when, and how it ended. */
@Repository
public class AuditLog {

    private static final int TEXT = 1000;

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String user, String action, String target, String outcome) {
        jdbc.update("INSERT INTO audit_event (at, user_name, action, target, outcome) VALUES (?, ?, ?, ?, ?)",
                Timestamp.valueOf(LocalDateTime.now()), user, action, cut(target, 250), cut(outcome, TEXT));
    }

    /** The newest events first. */
    public List<AuditEvent> recent(int limit) {
        return jdbc.query("SELECT at, user_name, action, target, outcome FROM audit_event ORDER BY id DESC LIMIT ?",
                (rs, i) -> new AuditEvent(rs.getTimestamp(1).toLocalDateTime(), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)), limit);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** One line of the audit. */
    public record AuditEvent(LocalDateTime at, String user, String action, String target, String outcome) {
    }
}
