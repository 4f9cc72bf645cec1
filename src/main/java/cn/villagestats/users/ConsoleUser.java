package cn.villagestats.users;

import java.time.LocalDateTime;
import java.util.Objects;

/** A console account as stored; a village user is bound to one village code, the others to none. */
public record ConsoleUser(long id, String name, String passwordHash, Role role, String villageCode, boolean enabled,
                          int failedLogins, LocalDateTime lockedUntil) {

    public ConsoleUser {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        if ((role == Role.VILLAGE) != (villageCode != null)) {
            throw new IllegalArgumentException("a village user, and only a village user, has a village code");
        }
    }

    public boolean lockedAt(LocalDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
