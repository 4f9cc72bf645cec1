package cn.villagestats.programme.roads;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import cn.villagestats.validation.StagedRow;

/** A hardened road segment, as accepted from the 道路硬化 sheet. */
public record RoadRecord(int rowNumber, String roadName, BigDecimal lengthM, BigDecimal widthM, BigDecimal areaM2,
                         String surface, boolean householdAccess, Integer householdsServed, LocalDate completedOn,
                         BigDecimal investment10kYuan) implements StagedRow {

    public RoadRecord {
        Objects.requireNonNull(roadName, "roadName");
        Objects.requireNonNull(lengthM, "lengthM");
        Objects.requireNonNull(widthM, "widthM");
        Objects.requireNonNull(areaM2, "areaM2");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(completedOn, "completedOn");
        if (householdAccess && householdsServed == null) {
            throw new IllegalArgumentException("a 户户通 segment states its households served");
        }
    }
}
