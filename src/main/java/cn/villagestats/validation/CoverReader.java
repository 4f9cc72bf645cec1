package cn.villagestats.validation;

import cn.villagestats.intake.CoverField;
import cn.villagestats.workbook.SheetCell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the labelled values of a cover and collects one violation per bad field. */
final class CoverReader {

    static final String SHEET = "封面";

    private final Map<CoverField, SheetCell> cells;
    private final Map<CoverField, Violation> violations = new EnumMap<>(CoverField.class);

    CoverReader(Map<CoverField, SheetCell> cells) {
        this.cells = cells;
    }

    SheetCell cell(CoverField field) {
        SheetCell cell = cells.get(field);
        return cell != null ? cell : SheetCell.blank(0);
    }

    <T> T read(CoverField field, Function<SheetCell, Parsed<T>> parser) {
        SheetCell cell = cell(field);
        if (cell.isBlank()) {
            if (field.required()) {
                reject(field, field.label() + "：必填项为空", EnglishNames.of(field) + ": required value is missing");
            }
            return null;
        }
        Parsed<T> parsed = parser.apply(cell);
        if (!parsed.isOk()) {
            reject(field, field.label() + "：" + parsed.reasonZh(), EnglishNames.of(field) + ": " + parsed.reasonEn());
        }
        return parsed.value();
    }

    String text(CoverField field) {
        return read(field, cell -> {
            Parsed<String> unusable = Parsed.unusable(cell);
            return unusable != null ? unusable : Parsed.ok(Texts.trim(cell.text()));
        });
    }

    void reject(CoverField field, String reasonZh, String reasonEn) {
        violations.putIfAbsent(field, new Violation(SHEET, 0, field.label(), cell(field).text(), reasonZh, reasonEn));
    }

    List<Violation> violations() {
        return new ArrayList<>(violations.values());
    }
}
