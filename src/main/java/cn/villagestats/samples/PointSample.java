package cn.villagestats.samples;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** One monitoring point row of a generated 雪亮工程 sheet; {@code builtOn} may be left out. */
public record PointSample(int no, String name, String pointType, int cameras, int camerasOnline,
                          boolean connected, LocalDate builtOn) {

    static final Set<String> TYPES = Set.of("村口", "路口", "广场", "学校", "村委会", "其他");

    public PointSample {
        Objects.requireNonNull(name, "name");
        if (!TYPES.contains(pointType)) {
            throw new IllegalArgumentException("point type outside the contract: " + pointType);
        }
        if (cameras < 1 || cameras > 64 || camerasOnline < 0 || camerasOnline > cameras) {
            throw new IllegalArgumentException("cameras 1..64 and online 0..cameras");
        }
    }
}
