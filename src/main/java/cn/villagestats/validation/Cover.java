package cn.villagestats.validation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/** A return's validated cover: whose return it is and for which month. */
public record Cover(String villageCode, String villageName, YearMonth period, String preparer,
                    String phone, LocalDate submittedOn, String templateVersion) {

    public Cover {
        Objects.requireNonNull(villageCode, "villageCode");
        Objects.requireNonNull(villageName, "villageName");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(preparer, "preparer");
        if (!villageCode.matches("\\d{12}")) {
            throw new IllegalArgumentException("village code must be 12 digits: " + villageCode);
        }
    }
}
