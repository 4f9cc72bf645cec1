package cn.villagestats.validation;

import java.util.List;

/** The outcome of validating a return's cover: the cover, or the violations that reject the whole return. */
public record CoverResult(Cover cover, List<Violation> violations) {

    public CoverResult {
        violations = List.copyOf(violations);
        if ((cover == null) == violations.isEmpty()) {
            throw new IllegalArgumentException("a cover is either valid or rejected with violations");
        }
    }

    public static CoverResult valid(Cover cover) {
        return new CoverResult(cover, List.of());
    }

    public static CoverResult rejected(List<Violation> violations) {
        return new CoverResult(null, violations);
    }

    public boolean isValid() {
        return cover != null;
    }
}
