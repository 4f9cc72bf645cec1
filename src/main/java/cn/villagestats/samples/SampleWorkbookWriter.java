package cn.villagestats.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.spreadsheet.WorkbookBuilder;

/** Writes one village's return with its layout through {@link WorkbookBuilder}. */
final class SampleWorkbookWriter {

    private final ReturnLayout layout;
    private final SampleCells cells;
    private final ProgrammeSheetWriter sheets;

    SampleWorkbookWriter(ReturnLayout layout) {
        this.layout = layout;
        this.cells = new SampleCells(layout);
        this.sheets = new ProgrammeSheetWriter(layout);
    }

    Path write(VillageSample sample, Path outDir) throws IOException {
        Path file = outDir.resolve(layout.fileName());
        try (WorkbookBuilder workbook = layout.xls() ? WorkbookBuilder.xls() : WorkbookBuilder.xlsx()) {
            for (ReturnSheet sheet : order()) {
                String name = layout.english() ? sheet.englishName() : sheet.chineseName();
                if (sheet == ReturnSheet.COVER) {
                    new CoverSheetWriter(layout).write(workbook.sheet(name), sample);
                } else if (sheet == ToiletSheet.SHEET) {
                    programme(workbook, name, sheet, sample, "卫生改厕台账", sample.toilets(), cells::toilet,
                            toiletTotals(sample));
                } else if (sheet == RoadSheet.SHEET) {
                    programme(workbook, name, sheet, sample, "道路硬化统计表", sample.roads(), cells::road,
                            roadTotals(sample));
                } else {
                    programme(workbook, name, sheet, sample, "雪亮工程点位台账", sample.points(), cells::point,
                            pointTotals(sample));
                }
            }
            workbook.writeTo(file);
        }
        if (!layout.xls()) {
            StableZip.normalise(file);
        }
        return file;
    }

    private <T> void programme(WorkbookBuilder workbook, String name, ReturnSheet sheet, VillageSample sample,
                               String title, List<T> rows, BiFunction<T, Integer, Map<ReturnColumn, Object>> typing,
                               Map<ReturnColumn, Number> totals) {
        List<Map<ReturnColumn, Object>> typed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            typed.add(typing.apply(rows.get(i), i));
        }
        List<ReturnColumn> columns = sheets.columns(sheet.columns(), omitted());
        String heading = layout.titleRows() && !layout.english() ? sample.village().name() + title : null;
        sheets.write(workbook.sheet(name), heading, columns, typed, totals);
    }

    private List<ReturnSheet> order() {
        return switch (layout.sheetOrder()) {
            case TEMPLATE -> List.of(ReturnSheet.COVER, ToiletSheet.SHEET, RoadSheet.SHEET, SurveillanceSheet.SHEET);
            case COVER_LAST -> List.of(ToiletSheet.SHEET, RoadSheet.SHEET, SurveillanceSheet.SHEET, ReturnSheet.COVER);
            case ROADS_FIRST -> List.of(ReturnSheet.COVER, RoadSheet.SHEET, ToiletSheet.SHEET, SurveillanceSheet.SHEET);
        };
    }

    private List<ReturnColumn> omitted() {
        List<ReturnColumn> omitted = new ArrayList<>();
        ReturnLayout.Omitted o = layout.omitted();
        if (o.group()) {
            omitted.add(ToiletSheet.GROUP);
        }
        if (o.subsidy()) {
            omitted.add(ToiletSheet.SUBSIDY_YUAN);
        }
        if (o.investment()) {
            omitted.add(RoadSheet.INVESTMENT_10K_YUAN);
        }
        if (o.builtOn()) {
            omitted.add(SurveillanceSheet.BUILT_ON);
        }
        return omitted;
    }

    private static Map<ReturnColumn, Number> toiletTotals(VillageSample sample) {
        Map<ReturnColumn, Number> totals = new LinkedHashMap<>();
        totals.put(ToiletSheet.SUBSIDY_YUAN, sample.toilets().stream()
                .mapToInt(t -> t.subsidyYuan() == null ? 0 : t.subsidyYuan()).sum());
        return totals;
    }

    private static Map<ReturnColumn, Number> roadTotals(VillageSample sample) {
        Map<ReturnColumn, Number> totals = new LinkedHashMap<>();
        totals.put(RoadSheet.LENGTH_M, sample.roads().stream().mapToInt(RoadSample::lengthM).sum());
        totals.put(RoadSheet.AREA_M2, exactSum(sample.roads().stream().map(RoadSample::areaM2).toList()));
        totals.put(RoadSheet.HOUSEHOLDS_SERVED, sample.roads().stream()
                .mapToInt(r -> r.householdsServed() == null ? 0 : r.householdsServed()).sum());
        totals.put(RoadSheet.INVESTMENT_10K_YUAN, exactSum(sample.roads().stream()
                .map(r -> r.investment10kYuan() == null ? 0.0 : r.investment10kYuan()).toList()));
        return totals;
    }

    private static Map<ReturnColumn, Number> pointTotals(VillageSample sample) {
        Map<ReturnColumn, Number> totals = new LinkedHashMap<>();
        totals.put(SurveillanceSheet.CAMERAS, sample.points().stream().mapToInt(PointSample::cameras).sum());
        totals.put(SurveillanceSheet.CAMERAS_ONLINE, sample.points().stream().mapToInt(PointSample::camerasOnline).sum());
        return totals;
    }

    private static double exactSum(List<Double> values) {
        return values.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
    }
}
