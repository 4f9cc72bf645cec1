package cn.villagestats.samples;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One segment row of a generated 道路硬化 sheet. {@code areaM2} is exactly length x width
 * (widths are in half metres, so the product has at most one decimal).
 */
public record RoadSample(int no, String name, int lengthM, double widthM, double areaM2, String surface,
                         boolean householdAccess, Integer householdsServed, LocalDate completedOn,
                         Double investment10kYuan) {

    static final Set<String> SURFACES = Set.of("水泥", "沥青", "砂石", "其他");

    public RoadSample {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(completedOn, "completedOn");
        if (lengthM < 1 || lengthM > 20000) {
            throw new IllegalArgumentException("length must be 1 to 20000: " + lengthM);
        }
        if (widthM < 3 || widthM > 6) {
            throw new IllegalArgumentException("sample widths are 3 to 6 m: " + widthM);
        }
        if (Math.abs(areaM2 - lengthM * widthM) > 0.05) {
            throw new IllegalArgumentException("area must be length x width");
        }
        if (!SURFACES.contains(surface)) {
            throw new IllegalArgumentException("surface outside the contract: " + surface);
        }
        if (householdAccess && householdsServed == null) {
            throw new IllegalArgumentException("a 户户通 segment needs 受益户数");
        }
        if (householdsServed != null && (householdsServed < 0 || householdsServed > 2000)) {
            throw new IllegalArgumentException("households served must be 0 to 2000");
        }
        if (investment10kYuan != null && investment10kYuan < 0) {
            throw new IllegalArgumentException("investment must be 0 or more");
        }
    }
}
