package cn.villagestats.validation;

import cn.villagestats.intake.CoverField;

/** Plain English names of the cover's fields, for the English half of each reason. */
final class EnglishNames {

    private EnglishNames() {
    }

    static String of(CoverField field) {
        return switch (field) {
            case VILLAGE_CODE -> "village code";
            case VILLAGE_NAME -> "village name";
            case PERIOD -> "reporting period";
            case PREPARER -> "preparer";
            case PHONE -> "phone";
            case SUBMITTED_ON -> "submission date";
            case TEMPLATE_VERSION -> "template version";
        };
    }
}
