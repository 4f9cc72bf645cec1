package cn.villagestats.programme.surveillance;

import java.time.LocalDate;
import java.util.Objects;

import cn.villagestats.validation.StagedRow;

/** A monitoring point, as accepted from the 雪亮工程 sheet. */
public record SurveillanceRecord(int rowNumber, String pointName, String pointType, int cameras, int camerasOnline,
                                 boolean connected, LocalDate builtOn) implements StagedRow {

    public SurveillanceRecord {
        Objects.requireNonNull(pointName, "pointName");
        Objects.requireNonNull(pointType, "pointType");
        if (camerasOnline > cameras) {
            throw new IllegalArgumentException("cameras online cannot exceed cameras installed");
        }
    }
}
