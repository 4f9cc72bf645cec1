package cn.villagestats.registry;

import java.util.Objects;

/**
 * The township the villages belong to, as its printed tables name it (填报单位) and titles
 * begin: its name, e.g. 汶城镇, and its 9-digit administrative code. Either may be empty
 * where nobody has set it; a title then begins with the month.
 */
public record Township(String code, String name) {

    public Township {
        code = Objects.requireNonNull(code, "code").strip();
        name = Objects.requireNonNull(name, "name").strip();
        if (!code.isEmpty() && !code.matches("\\d{9}")) {
            throw new IllegalArgumentException("a township code is 9 digits: " + code);
        }
    }

    /** The name followed by the code in brackets, either alone where the other is missing. */
    public String label() {
        if (code.isEmpty()) {
            return name;
        }
        return name.isEmpty() ? code : name + "（" + code + "）";
    }
}
