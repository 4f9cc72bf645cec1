package cn.villagestats.consolidation;

import static cn.villagestats.consolidation.TestReturns.HEER;
import static cn.villagestats.consolidation.TestReturns.WANGJIAZHUANG;
import static cn.villagestats.consolidation.TestReturns.cover;
import static cn.villagestats.consolidation.TestReturns.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.villagestats.programme.StandardProgrammes;
import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.registry.Village;
import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.reporting.VillageTotals;
import cn.villagestats.returns.ReturnSheet;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A return rejected whole for its sheets, its cover valid, keeps its village: in the returns
 * csv, the feedback file's name and the 分村明细 (已报·被退回, not 未报).
 */
@ExtendWith(OutputCaptureExtension.class)
class StructureRejectedJobTests extends JobTestSupport {

    private static final Village QUANLI = new Village("370982104202", "泉里村", 232, 17);
    private static final Village STRANGER = new Village("370982999999", "外乡村", 100, 1);

    @TempDir
    Path work;

    @Test
    void shouldNameTheVillageOfAReturnRejectedForItsSheets(CapturedOutput output) throws Exception {
        // given 王家庄村 without its roads sheet, 贺二村 with two toilets sheets, 泉里村 without the 身份证号 header,
        // an unknown village without its roads sheet, and a workbook without a cover
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        write(inbox.resolve("a-道路表删了.xlsx"), WANGJIAZHUANG, RoadSheet.SHEET, false);
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            cover(workbook, HEER);
            header(workbook, ToiletSheet.SHEET, "Toilets");
            header(workbook, ToiletSheet.SHEET);
            header(workbook, RoadSheet.SHEET);
            header(workbook, SurveillanceSheet.SHEET);
            workbook.writeTo(inbox.resolve("b-两张改厕表.xlsx"));
        }
        write(inbox.resolve("c-缺表头.xlsx"), QUANLI, null, true);
        write(inbox.resolve("d-外乡村.xlsx"), STRANGER, RoadSheet.SHEET, false);
        write(inbox.resolve("e-无封面.xlsx"), null, null, false);

        // when
        run(inbox, work.resolve("out"));

        // then every file is rejected, each with the village its cover names
        Map<String, ReturnOutcome> outcomes = outcomesByFile();
        assertThat(outcomes.values()).extracting(ReturnOutcome::file, ReturnOutcome::villageCode,
                        ReturnOutcome::villageName, ReturnOutcome::status, ReturnOutcome::reasonZh)
                .containsExactlyInAnyOrder(
                        tuple("a-道路表删了.xlsx", "370982104204", "王家庄村", "rejected", "缺少工作表“道路硬化”"),
                        tuple("b-两张改厕表.xlsx", "370982104216", "贺二村", "rejected",
                                "工作簿中有两张“卫生改厕”表（“Toilets”和“卫生改厕”），请只保留一张后重新报送"),
                        tuple("c-缺表头.xlsx", "370982104202", "泉里村", "rejected",
                                "工作表“卫生改厕”前10行中找不到表头：身份证号"),
                        tuple("d-外乡村.xlsx", "370982999999", null, "rejected",
                                outcomes.get("d-外乡村.xlsx").reasonZh()),
                        tuple("e-无封面.xlsx", null, null, "rejected", "缺少工作表“封面”"));
        // and an unknown village is reported as such, the missing sheet too
        assertThat(outcomes.get("d-外乡村.xlsx").reasonZh()).startsWith("封面有误：").contains("370982999999")
                .endsWith("；缺少工作表“道路硬化”");
        assertThat(outcomes.get("d-外乡村.xlsx").reasonEn()).startsWith("invalid cover: ")
                .endsWith("; sheet 道路硬化 (Roads) is missing");
        // and the returns csv names the villages
        String csv = Files.readString(work.resolve("out/returns-2020-12.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("a-道路表删了.xlsx,370982104204,王家庄村,rejected,",
                "b-两张改厕表.xlsx,370982104216,贺二村,rejected,", "c-缺表头.xlsx,370982104202,泉里村,rejected,",
                "e-无封面.xlsx,,,rejected,");
        // and each village's feedback file is named for it
        List<String> feedback;
        try (Stream<Path> files = Files.list(work.resolve("out/feedback/2020-12"))) {
            feedback = files.map(f -> f.getFileName().toString()).toList();
        }
        assertThat(feedback).containsExactlyInAnyOrder("370982104204-王家庄村.xlsx", "370982104216-贺二村.xlsx",
                "370982104202-泉里村.xlsx", "370982999999.xlsx", "未识别-e-无封面.xlsx");
        // and the 分村明细 shows the three villages as 已报·被退回, not 未报
        List<VillageTotals> villages = new ArrayList<>();
        totals.forEachVillage("2020-12", villages::add);
        assertThat(villages).filteredOn(v -> v.status().equals(VillageTotals.REJECTED))
                .extracting(VillageTotals::villageCode)
                .containsExactly("370982104202", "370982104204", "370982104216");
        assertThat(totals.missingVillages("2020-12")).hasSize(40);
        // and the run's log line names the village
        assertThat(output.getOut()).contains(
                "Return a-道路表删了.xlsx of 王家庄村 (370982104204) rejected: sheet 道路硬化 (Roads) is missing",
                "Return e-无封面.xlsx rejected: sheet 封面 (Cover) is missing");
    }

    /** A return of {@code village} (no cover when null), without {@code missingSheet}, perhaps without 身份证号. */
    private static void write(Path file, Village village, ReturnSheet missingSheet, boolean withoutIdHeader)
            throws Exception {
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            if (village != null) {
                cover(workbook, village);
            }
            for (ReturnSheet sheet : StandardProgrammes.SHEETS) {
                if (sheet == ToiletSheet.SHEET && withoutIdHeader) {
                    workbook.sheet("卫生改厕").row("序号", "户主姓名", "村民小组", "改厕类型", "是否贫困户", "完工日期", "验收情况");
                } else if (sheet != missingSheet) {
                    header(workbook, sheet);
                }
            }
            workbook.writeTo(file);
        }
    }
}
