package cn.villagestats.samples;

import cn.villagestats.intake.CoverField;
import cn.villagestats.samples.ReturnLayout.CoverStyle;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.SheetBuilder.Styled;

/** Writes the 封面: labels with their values to the right, in this clerk's style. */
final class CoverSheetWriter {

    private final ReturnLayout layout;

    CoverSheetWriter(ReturnLayout layout) {
        this.layout = layout;
    }

    void write(SheetBuilder sheet, VillageSample sample) {
        CoverStyle style = layout.cover();
        if (style.title()) {
            sheet.row(sample.period().getYear() + "年村级重点工作统计月报").mergeLastRow(0, 3).blankRow();
        }
        String code = sample.village().code();
        String name = sample.village().name();
        if (style.nameWithoutSuffix() && name.endsWith("村") && name.length() > 2) {
            name = name.substring(0, name.length() - 1);
        }
        // a code typed into a number cell keeps all 12 digits only with a "0" format
        label(sheet, CoverField.VILLAGE_CODE, style.codeAsNumber() ? new Styled(Long.parseLong(code), "0") : code);
        label(sheet, CoverField.VILLAGE_NAME, name);
        label(sheet, CoverField.PERIOD, CellForms.period(sample.period(), style.periodForm()));
        label(sheet, CoverField.PREPARER, sample.preparer());
        label(sheet, CoverField.PHONE, sample.phone());
        label(sheet, CoverField.SUBMITTED_ON, CellForms.date(sample.submittedOn(), layout.dateForm()));
        if (style.templateVersion()) {
            label(sheet, CoverField.TEMPLATE_VERSION, "2020版");
        }
    }

    private void label(SheetBuilder sheet, CoverField field, Object value) {
        String text = layout.english() ? field.alias() : field.label();
        if (layout.cover().labelColumn() == 0) {
            sheet.row(text, value);
        } else {
            sheet.row(null, text, value);
        }
    }
}
