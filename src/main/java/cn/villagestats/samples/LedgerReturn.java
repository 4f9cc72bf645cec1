package cn.villagestats.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import cn.villagestats.intake.CoverField;
import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.registry.Village;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;

/**
 * A valid return whose 卫生改厕 sheet lists every household of a merged county ledger:
 * any number of rows, each with its own 身份证号, strings shared as Excel stores them.
 * Written with the streaming builder, so a million rows need no more memory than the
 * shared strings. The benchmark's "ledger" workload.
 */
public final class LedgerReturn {

    private LedgerReturn() {
    }

    /** Writes the return of {@code village} for {@code period} with {@code rows} toilet rows to {@code file}. */
    public static Path write(Village village, YearMonth period, int rows, long seed, Path file) throws IOException {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0: " + rows);
        }
        Random random = new Random(seed);
        ChineseNames names = new ChineseNames(random);
        List<String> types = List.of("三格化粪池式", "双瓮漏斗式", "完整下水道水冲式", "其他");
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsxStreaming()) {
            cover(workbook.sheet(ReturnSheet.COVER.chineseName()), village, period);
            SheetBuilder toilets = workbook.sheet(ToiletSheet.SHEET.chineseName());
            toilets.row(headers(ToiletSheet.SHEET));
            int days = period.atEndOfMonth().getDayOfYear();
            LocalDate firstDay = period.atDay(1).withDayOfYear(1);
            for (int i = 0; i < rows; i++) {
                toilets.row(i + 1, names.next(village.name()), IdNumberGenerator.nth(i),
                        "第" + (1 + random.nextInt(12)) + "村民小组", types.get(random.nextInt(types.size())),
                        random.nextInt(20) == 0 ? "是" : "否", firstDay.plusDays(random.nextInt(days)),
                        random.nextInt(10) == 0 ? "未验收" : "已验收", 100 * random.nextInt(11));
            }
            workbook.sheet(RoadSheet.SHEET.chineseName()).row(headers(RoadSheet.SHEET));
            workbook.sheet(SurveillanceSheet.SHEET.chineseName()).row(headers(SurveillanceSheet.SHEET));
            workbook.writeTo(file);
        }
        return file;
    }

    private static Object[] headers(ReturnSheet sheet) {
        return sheet.columns().stream().map(ReturnColumn::header).toArray();
    }

    private static void cover(SheetBuilder sheet, Village village, YearMonth period) {
        sheet.row(CoverField.VILLAGE_CODE.label(), village.code());
        sheet.row(CoverField.VILLAGE_NAME.label(), village.name());
        sheet.row(CoverField.PERIOD.label(), period.toString());
        sheet.row(CoverField.PREPARER.label(), "王建国");
        sheet.row(CoverField.SUBMITTED_ON.label(), period.atEndOfMonth().plusDays(1));
    }
}
