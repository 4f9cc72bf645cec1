package cn.villagestats.users;

import java.util.Locale;

/** What a console user may do: the township's operator everything, a village its own village, the county read. */
public enum Role {
    OPERATOR, VILLAGE, COUNTY;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, e.g. {@code ROLE_OPERATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Role of(String code) {
        for (Role role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw new IllegalArgumentException("role must be operator, village or county, not '" + code + "'");
    }
}
