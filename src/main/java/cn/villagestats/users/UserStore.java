package cn.villagestats.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The console's accounts and API tokens in the database; a token is kept only as its SHA-256. */
@Repository
public class UserStore {

    private static final String COLUMNS = "SELECT id, name, password_hash, role, village_code, enabled, "
            + "failed_logins, locked_until FROM console_user ";
    private static final RowMapper<ConsoleUser> USER = (rs, i) -> {
        Timestamp locked = rs.getTimestamp(8);
        return new ConsoleUser(rs.getLong(1), rs.getString(2), rs.getString(3), Role.of(rs.getString(4)),
                rs.getString(5), rs.getBoolean(6), rs.getInt(7), locked == null ? null : locked.toLocalDateTime());
    };
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    UserStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String name, String passwordHash, Role role, String villageCode) {
        jdbc.update("INSERT INTO console_user (name, password_hash, role, village_code, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", name, passwordHash, role.code(), villageCode, now());
    }

    public Optional<ConsoleUser> find(String name) {
        return jdbc.query(COLUMNS + "WHERE name = ?", USER, name).stream().findFirst();
    }

    public List<ConsoleUser> all() {
        return jdbc.query(COLUMNS + "ORDER BY name", USER);
    }

    /** Disables the account and revokes its tokens; false when there is no such user. */
    @Transactional
    public boolean disable(String name) {
        jdbc.update("DELETE FROM api_token WHERE user_id IN (SELECT id FROM console_user WHERE name = ?)", name);
        return jdbc.update("UPDATE console_user SET enabled = FALSE WHERE name = ?", name) == 1;
    }

    /** A new token for the user, returned once: only its hash is stored. */
    public String newToken(ConsoleUser user) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = "vs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("INSERT INTO api_token (user_id, token_hash, created_at) VALUES (?, ?, ?)", user.id(),
                hash(token), now());
        return token;
    }

    /** The enabled user the token belongs to, if any. */
    public Optional<ConsoleUser> findByToken(String token) {
        return jdbc.query(COLUMNS + "WHERE enabled = TRUE AND id IN (SELECT user_id FROM api_token WHERE token_hash = ?)",
                USER, hash(token)).stream().findFirst();
    }

    /** One more wrong password; at {@code limit} in a row the account is locked until {@code lockedUntil}. */
    public void recordFailedLogin(String name, int limit, LocalDateTime lockedUntil) {
        jdbc.update("UPDATE console_user SET failed_logins = failed_logins + 1 WHERE name = ?", name);
        jdbc.update("UPDATE console_user SET locked_until = ?, failed_logins = 0 WHERE name = ? AND failed_logins >= ?",
                Timestamp.valueOf(lockedUntil), name, limit);
    }

    public void recordGoodLogin(String name) {
        jdbc.update("UPDATE console_user SET failed_logins = 0, locked_until = NULL WHERE name = ?", name);
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.now());
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
