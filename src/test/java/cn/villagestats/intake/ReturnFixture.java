package cn.villagestats.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;

/**
 * A small village return written with the project's {@link WorkbookBuilder}: a valid cover
 * and the three programme sheets with their template headers, each replaceable by a test.
 */
public final class ReturnFixture {

    public static final Object[] TOILET_HEADERS = {"序号", "户主姓名", "身份证号", "村民小组", "改厕类型", "是否贫困户",
            "完工日期", "验收情况", "补助金额(元)"};
    public static final Object[] ROAD_HEADERS = {"序号", "道路名称", "长度(米)", "宽度(米)", "面积(平方米)", "路面类型",
            "是否户户通", "受益户数", "完工日期", "投资(万元)"};
    public static final Object[] POINT_HEADERS = {"序号", "点位名称", "点位类型", "摄像头数量", "在线数量", "是否接入镇平台",
            "建成日期"};

    private final Map<String, Consumer<SheetBuilder>> sheets = new LinkedHashMap<>();

    private ReturnFixture() {
        sheets.put("封面", cover -> cover.row("村代码", "370982104202").row("村名", "泉里村").row("报告期", "2020-12")
                .row("填报人", "张三"));
        sheets.put("卫生改厕", toilets -> toilets.row(TOILET_HEADERS));
        sheets.put("道路硬化", roads -> roads.row(ROAD_HEADERS));
        sheets.put("雪亮工程", points -> points.row(POINT_HEADERS));
    }

    public static ReturnFixture standard() {
        return new ReturnFixture();
    }

    /** Replaces (or adds) a sheet; a sheet put under a new name is added at the end. */
    public ReturnFixture sheet(String name, Consumer<SheetBuilder> rows) {
        sheets.put(name, rows);
        return this;
    }

    /** Renames a sheet, keeping its place and rows. */
    public ReturnFixture rename(String from, String to) {
        Map<String, Consumer<SheetBuilder>> renamed = new LinkedHashMap<>();
        sheets.forEach((name, rows) -> renamed.put(name.equals(from) ? to : name, rows));
        sheets.clear();
        sheets.putAll(renamed);
        return this;
    }

    public ReturnFixture without(String name) {
        sheets.remove(name);
        return this;
    }

    /** The cover of another village: code and name as the registry has them. */
    public ReturnFixture village(String code, String name) {
        sheets.put("封面", cover -> cover.row("村代码", code).row("村名", name).row("报告期", "2020-12").row("填报人", "张三"));
        return this;
    }

    Path write(Format format, Path dir) throws IOException {
        return write(format, dir, "return" + format.extension());
    }

    public Path write(Format format, Path dir, String fileName) throws IOException {
        Path file = dir.resolve(fileName);
        try (WorkbookBuilder workbook = format.builder()) {
            sheets.forEach((name, rows) -> rows.accept(workbook.sheet(name)));
            workbook.writeTo(file);
        }
        return file;
    }
}
