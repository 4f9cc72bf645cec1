package cn.villagestats.registry;

import java.util.Objects;

/** A township indicator of the reporting table, e.g. {@code toilet.households}. */
public record Indicator(String code, String name, String unit, String definition) {

    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(definition, "definition");
        if (!code.matches("[a-z]+\\.[a-z0-9_]+")) {
            throw new IllegalArgumentException("indicator codes look like toilet.households: " + code);
        }
    }
}
