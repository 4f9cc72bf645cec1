package cn.villagestats.validation;

import cn.villagestats.intake.CoverField;
import cn.villagestats.registry.Village;
import cn.villagestats.registry.VillageRegistry;
import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a return's cover: which registered village sent it and for which month. A bad
 * cover rejects the whole return, so every bad field is reported at once.
 */
public final class CoverValidator {

    private final VillageRegistry registry;

    public CoverValidator(VillageRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public CoverResult validate(Map<CoverField, SheetCell> cover, YearMonth expectedPeriod) {
        CoverReader r = new CoverReader(cover);
        Village village = village(r);
        String name = r.text(CoverField.VILLAGE_NAME);
        if (village != null && name != null && !sameVillage(name, village.name())) {
            r.reject(CoverField.VILLAGE_NAME, "村名“" + name + "”与村代码" + village.code() + "登记的“" + village.name() + "”不一致",
                    "village name '" + name + "' does not agree with '" + village.name() + "' registered for code " + village.code());
        }
        YearMonth period = r.read(CoverField.PERIOD, Periods::parse);
        if (period != null && !period.equals(expectedPeriod)) {
            r.reject(CoverField.PERIOD, "报告期为" + period + "，这份报表属于其他报告期，本次汇总的是" + expectedPeriod,
                    "reporting period is " + period + ": the return is for another period; this run consolidates " + expectedPeriod);
        }
        String preparer = r.text(CoverField.PREPARER);
        String phone = r.text(CoverField.PHONE);
        LocalDate submittedOn = r.read(CoverField.SUBMITTED_ON, Dates::parse);
        String templateVersion = r.text(CoverField.TEMPLATE_VERSION);
        if (!r.violations().isEmpty()) {
            return CoverResult.rejected(r.violations());
        }
        return CoverResult.valid(new Cover(village.code(), village.name(), period, preparer, phone, submittedOn,
                templateVersion));
    }

    private Village village(CoverReader r) {
        String code = r.read(CoverField.VILLAGE_CODE, CoverValidator::villageCode);
        if (code == null) {
            return null;
        }
        Village village = registry.find(code).orElse(null);
        if (village == null) {
            r.reject(CoverField.VILLAGE_CODE, "村代码" + code + "不在本镇村名册中", "village code " + code + " is not in the township's village registry");
        }
        return village;
    }

    private static Parsed<String> villageCode(SheetCell cell) {
        Parsed<String> unusable = Parsed.unusable(cell);
        if (unusable != null) {
            return unusable;
        }
        String code = cell.kind() == CellKind.NUMBER
                ? BigDecimal.valueOf(cell.number()).stripTrailingZeros().toPlainString()
                : Texts.normalise(cell.text());
        if (!code.matches("\\d{12}")) {
            return Parsed.fail("“" + cell.text() + "”不是12位数字的村代码", "'" + cell.text() + "' is not a 12-digit village code");
        }
        return Parsed.ok(code);
    }

    /** 泉里 and 泉里村 name the same village. */
    private static boolean sameVillage(String typed, String registered) {
        return withoutSuffix(Texts.normalise(typed)).equals(withoutSuffix(Texts.normalise(registered)));
    }

    private static String withoutSuffix(String name) {
        return name.endsWith("村") && name.length() > 1 ? name.substring(0, name.length() - 1) : name;
    }
}
