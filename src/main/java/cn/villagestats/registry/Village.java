package cn.villagestats.registry;

import java.util.Objects;

/** A village of the township as the registry lists it. */
public record Village(String code, String name, int households, int poorHouseholds) {

    public Village {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("\\d{12}")) {
            throw new IllegalArgumentException("village code must be 12 digits: " + code);
        }
        if (households < 0 || poorHouseholds < 0 || poorHouseholds > households) {
            throw new IllegalArgumentException("bad household counts for " + code);
        }
    }
}
