package cn.villagestats.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.villagestats.programme.Programme;
import cn.villagestats.returns.ReturnColumn;
import cn.villagestats.returns.ReturnSheet;

/**
 * The 填表说明 sheet: the contract's rules in plain Chinese, for the clerk. The rules of all
 * sheets come first, then each programme's own ({@link Programme#instructions()}), then how
 * totals and rejected rows are handled.
 */
final class Instructions {

    static final String SHEET = "填表说明";

    private static final String COUNTS = "一二三四五六七八九十";
    private static final List<String> YES_NO = List.of("是", "否");

    private Instructions() {
    }

    static List<String> lines(List<? extends Programme<?>> programmes) {
        List<String> sheets = new ArrayList<>(List.of(ReturnSheet.COVER.chineseName()));
        programmes.forEach(programme -> sheets.add(programme.sheet().chineseName()));
        String count = sheets.size() <= COUNTS.length() ? String.valueOf(COUNTS.charAt(sheets.size() - 1))
                : String.valueOf(sheets.size());
        List<String> rules = new ArrayList<>(List.of(
                "本工作簿每月报送一次，一个村一份。不要删除、改名或调整“" + String.join("”“", sheets) + "”" + count
                        + "张工作表，也不要改动表头（第一行）。",
                "封面的村代码、村名、报告期已经填好，请填写填报人，联系电话和填报日期可以不填。",
                "每张表从第二行起逐行填写，一行" + String.join("、", programmes.stream().map(Programme::eachRow).toList())
                        + "。本月没有的，表格留空即可。",
                "带下拉箭头的列（" + String.join("、", dropDowns(programmes)) + "）请从下拉列表中选择，不要自己输入别的写法。",
                "身份证号：18位，最后一位可以是X。该列已设置为文本格式，请直接输入，不要改成数字格式，否则后几位会变成0。同一身份证号全镇只能出现一次。",
                "日期请写成 2020-05-03 这样的格式；完工日期必须在本报告期所在年份之内，且不晚于报告期最后一天。"));
        programmes.forEach(programme -> rules.addAll(programme.instructions()));
        rules.add("可以在最后加一行“合计”，系统会拿它和各行之和核对，不一致时会提醒，但不会因此拒收。");
        rules.add("填错的行会被退回：系统会把标了红色和批注的工作簿发回本村，请改正后重新报送整个工作簿。");
        List<String> lines = new ArrayList<>(List.of("填表说明"));
        for (int i = 0; i < rules.size(); i++) {
            lines.add((i + 1) + ". " + rules.get(i));
        }
        return lines;
    }

    /** The columns with a drop-down list, by header; the 是/否 ones, whatever they ask, as one 是否…… at the end. */
    private static List<String> dropDowns(List<? extends Programme<?>> programmes) {
        Set<String> headers = new LinkedHashSet<>();
        boolean yesNo = false;
        for (Programme<?> programme : programmes) {
            for (ReturnColumn column : programme.sheet().columns()) {
                if (column.allowed().equals(YES_NO)) {
                    yesNo = true;
                } else if (!column.allowed().isEmpty()) {
                    headers.add(column.header());
                }
            }
        }
        if (yesNo) {
            headers.add("是否……");
        }
        return List.copyOf(headers);
    }
}
