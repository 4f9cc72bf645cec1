package cn.villagestats.programme.toilets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import cn.villagestats.validation.StagedRow;

/** A household whose toilet was upgraded, as accepted from the 卫生改厕 sheet. */
public record ToiletRecord(int rowNumber, String householder, String idNumber, String group, String toiletType,
                           boolean poorHousehold, LocalDate completedOn, String acceptance,
                           BigDecimal subsidyYuan) implements StagedRow {

    public ToiletRecord {
        Objects.requireNonNull(householder, "householder");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(toiletType, "toiletType");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(acceptance, "acceptance");
        if (idNumber.length() != 18) {
            throw new IllegalArgumentException("an accepted 身份证号 has 18 characters");
        }
    }

    public boolean accepted() {
        return "已验收".equals(acceptance);
    }
}
