package cn.villagestats.users;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user, from a login or an API token: its role and, for a village user, its village. */
public class ConsoleUserDetails extends User {

    private final Role role;
    private final String villageCode;

    ConsoleUserDetails(ConsoleUser user) {
        super(user.name(), user.passwordHash(), user.enabled(), true, true, !user.lockedAt(LocalDateTime.now()),
                List.of(new SimpleGrantedAuthority(user.role().authority())));
        this.role = user.role();
        this.villageCode = user.villageCode();
    }

    public Role role() {
        return role;
    }

    /** The village a village user is bound to; null for the others. */
    public String villageCode() {
        return villageCode;
    }

    /** Whether this user may see the village's returns, problems and files. */
    public boolean maySee(String village) {
        return role != Role.VILLAGE || villageCode.equals(village);
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
