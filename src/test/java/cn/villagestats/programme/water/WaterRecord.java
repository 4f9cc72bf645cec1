package cn.villagestats.programme.water;

import java.math.BigDecimal;
import java.util.Objects;

import cn.villagestats.validation.StagedRow;

/** A drinking-water project, as accepted from the 饮水安全 sheet. */
record WaterRecord(int rowNumber, String projectName, int householdsServed, boolean qualityOk,
                   BigDecimal investment10kYuan) implements StagedRow {

    WaterRecord {
        Objects.requireNonNull(projectName, "projectName");
    }
}
