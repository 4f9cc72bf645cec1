package cn.villagestats.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;

/** Small returns for the console's tests: one with a bad toilet row, and the same corrected. */
public final class ConsoleReturns {

    /** 身份证号 of row 1 (valid) and row 2 (its check digit wrong). */
    public static final String GOOD_ID = withCheckDigit("37098219800101001");
    public static final String BAD_ID = wrongCheckDigit("37098219800101002");

    private ConsoleReturns() {
    }

    /** Two toilet rows, the second with a wrong check digit and 水冲 (not a toilet type): 2 read, 1 rejected. */
    public static byte[] withBadCells(String code, String name, String period) {
        return workbook(code, name, period, BAD_ID, "水冲");
    }

    /** The same return corrected: 2 rows read, 2 accepted. */
    public static byte[] corrected(String code, String name, String period) {
        return workbook(code, name, period, withCheckDigit("37098219800101002"), "双瓮漏斗式");
    }

    private static byte[] workbook(String code, String name, String period, String secondId, String secondType) {
        // completed in the period's month: the rules take only work completed in the period's year
        LocalDate completed = java.time.YearMonth.parse(period).atDay(1);
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            workbook.sheet("封面").row("村代码", code).row("村名", name).row("报告期", period).row("填报人", "张三");
            header(workbook, ToiletSheet.SHEET)
                    .row(1, "王小一", GOOD_ID, "一组", "三格化粪池式", "否", completed, "已验收", 1000)
                    .row(2, "王小二", secondId, "一组", secondType, "否", completed, "已验收", 1000);
            header(workbook, RoadSheet.SHEET);
            header(workbook, SurveillanceSheet.SHEET);
            Path file = Files.createTempFile("return", ".xlsx");
            workbook.writeTo(file);
            byte[] bytes = Files.readAllBytes(file);
            Files.delete(file);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SheetBuilder header(WorkbookBuilder workbook, ReturnSheet sheet) {
        return workbook.sheet(sheet.chineseName()).row(sheet.columns().stream().map(ReturnColumn::header).toArray());
    }

    public static String withCheckDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    public static String wrongCheckDigit(String first17) {
        char right = withCheckDigit(first17).charAt(17);
        return first17 + (right == '0' ? '1' : '0');
    }

    /** The mask as the contract shows it: 370982********002X. */
    public static String masked(String id) {
        return id.substring(0, 6) + "********" + id.substring(14);
    }
}
