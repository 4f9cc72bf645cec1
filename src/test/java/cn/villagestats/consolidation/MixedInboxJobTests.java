package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.registry.Village;
import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.reporting.VillageTotals;
import cn.villagestats.samples.SampleReturns;
import cn.villagestats.samples.SampleSet;
import cn.villagestats.samples.VillageSample;
import cn.villagestats.spreadsheet.SheetBuilder;
import cn.villagestats.spreadsheet.WorkbookBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;

class MixedInboxJobTests extends JobTestSupport {

    private static final Instant MORNING = Instant.parse("2021-01-03T01:00:00Z");
    private static final Instant NOON = Instant.parse("2021-01-03T04:00:00Z");
    private static final String UNKNOWN_CODE = "370982999999";

    @TempDir
    Path work;

    @Test
    void shouldConsolidateTheOthersWhenFilesAreDamagedUnknownSupersededOrMissing() throws Exception {
        // given 40 of the 43 villages' returns; 镇里村 sends a corrected return later the same day
        List<Village> registry = Inboxes.registry();
        List<Path> samples = Inboxes.samples(work.resolve("seed2020"), 2020);
        Path inbox = work.resolve("inbox");
        for (Path sample : samples.subList(0, 40)) {
            Inboxes.copy(sample, inbox, sample.getFileName().toString(), MORNING);
        }
        Path correction = Inboxes.samples(work.resolve("seed7"), 7).get(0);
        Inboxes.copy(correction, inbox, "镇里村-更正版.xlsx", NOON);
        // and a damaged file, a return for a village not in the registry, and a clerk's open lock file
        byte[] noise = new byte[2048];
        new Random(1).nextBytes(noise);
        Files.write(inbox.resolve("损坏的文件.xlsx"), noise);
        List<Village> withStranger = new ArrayList<>(registry.subList(0, 42));
        withStranger.add(new Village(UNKNOWN_CODE, "外乡村", 100, 5));
        Path stranger = Inboxes.samples(work.resolve("stranger"), withStranger, 2020).get(42);
        Inboxes.copy(stranger, inbox, "外乡村报表.xlsx", MORNING);
        Files.write(inbox.resolve("~$镇里村.xlsx"), new byte[] {1, 2, 3});

        // when
        Run run = start(inbox, work.resolve("out"));

        // then the job completes and every file's fate is on record
        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, ReturnOutcome> outcomes = outcomesByFile();
        assertThat(outcomes).hasSize(43).doesNotContainKey("~$镇里村.xlsx");
        assertThat(outcomes.get("损坏的文件.xlsx").status()).isEqualTo("rejected");
        assertThat(outcomes.get("损坏的文件.xlsx").reasonZh()).isNotBlank();
        assertThat(outcomes.get("外乡村报表.xlsx").status()).isEqualTo("rejected");
        assertThat(outcomes.get("外乡村报表.xlsx").reason()).contains(UNKNOWN_CODE);
        assertThat(outcomes.get(samples.get(0).getFileName().toString()).status()).isEqualTo("superseded");
        assertThat(outcomes.get(samples.get(0).getFileName().toString()).reasonZh()).contains("镇里村-更正版.xlsx");
        assertThat(outcomes.get("镇里村-更正版.xlsx").status()).isEqualTo("accepted");
        assertThat(outcomes.values()).allMatch(ReturnOutcome::balanced);

        // and the totals are those of the 40 current returns, the correction counted once
        SampleSet seed2020 = SampleReturns.plan(registry, Inboxes.PERIOD, 2020);
        SampleSet seed7 = SampleReturns.plan(registry, Inboxes.PERIOD, 7);
        List<VillageSample> counted = new ArrayList<>(seed2020.villages().subList(1, 40));
        counted.add(seed7.villages().get(0));
        assertThat(township()).containsEntry("returns.received", "40")
                .containsEntry("toilet.households", String.valueOf(counted.stream().mapToInt(v -> v.toilets().size()).sum()))
                .containsEntry("surveillance.points", String.valueOf(counted.stream().mapToInt(v -> v.points().size()).sum()));
        // and the three villages that did not report are missing
        assertThat(totals.missingVillages("2020-12"))
                .extracting(VillageTotals::villageCode)
                .containsExactly(registry.get(40).code(), registry.get(41).code(), registry.get(42).code());
        // and the run's summary, as the operator's status shows it, says the same
        assertThat(run.execution().getExecutionContext().toMap()).containsEntry(RunOutcomeListener.VILLAGES_ACCEPTED, 40)
                .containsEntry(RunOutcomeListener.FILES_REJECTED, 2).containsEntry(RunOutcomeListener.VILLAGES_MISSING, 3);
    }

    @Test
    void shouldCountTheLaterNameWhenAVillagesTwoReturnsWereSavedAtTheSameTime() throws Exception {
        // given two returns of 王家庄村 saved at the same moment, with one and with two households
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        writeWangjiazhuang(inbox.resolve("王家庄村-1.xlsx"), 1);
        writeWangjiazhuang(inbox.resolve("王家庄村-2.xlsx"), 2);

        // when
        run(inbox, work.resolve("out"));

        // then the file whose name sorts later counts, the other is superseded by it
        Map<String, ReturnOutcome> outcomes = outcomesByFile();
        assertThat(outcomes.get("王家庄村-2.xlsx").status()).isEqualTo("accepted");
        assertThat(outcomes.get("王家庄村-1.xlsx").status()).isEqualTo("superseded");
        assertThat(outcomes.get("王家庄村-1.xlsx").reasonZh()).contains("王家庄村-2.xlsx");
        assertThat(township()).containsEntry("toilet.households", "2");
    }

    @Test
    void shouldCountTheLaterFileByModificationTimeEvenWhenItsNameSortsFirst() throws Exception {
        // given 王家庄村's correction saved an hour after its first return, under a name that sorts before it
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        writeWangjiazhuang(inbox.resolve("王家庄村-2.xlsx"), 1);
        writeWangjiazhuang(inbox.resolve("王家庄村-1-更正.xlsx"), 3);
        Files.setLastModifiedTime(inbox.resolve("王家庄村-1-更正.xlsx"), FileTime.from(MORNING.plusSeconds(3600)));

        // when
        run(inbox, work.resolve("out"));

        // then the later file counts, the earlier one (whose name sorts last) is superseded by it
        Map<String, ReturnOutcome> outcomes = outcomesByFile();
        assertThat(outcomes.get("王家庄村-1-更正.xlsx").status()).isEqualTo("accepted");
        assertThat(outcomes.get("王家庄村-2.xlsx").status()).isEqualTo("superseded");
        assertThat(outcomes.get("王家庄村-2.xlsx").reasonZh()).contains("王家庄村-1-更正.xlsx");
        assertThat(township()).containsEntry("toilet.households", "3").containsEntry("returns.received", "1");
    }

    private static void writeWangjiazhuang(Path file, int households) throws Exception {
        try (WorkbookBuilder workbook = WorkbookBuilder.xlsx()) {
            TestReturns.cover(workbook, TestReturns.WANGJIAZHUANG);
            SheetBuilder toilets = TestReturns.header(workbook, ToiletSheet.SHEET);
            for (int i = 1; i <= households; i++) {
                toilets.row(i, "王小" + i, TestReturns.idNumber(i), "一组", "三格化粪池式", "否",
                        LocalDate.of(2020, 6, 1), "已验收", 1000);
            }
            TestReturns.header(workbook, RoadSheet.SHEET);
            TestReturns.header(workbook, SurveillanceSheet.SHEET);
            workbook.writeTo(file);
        }
        Files.setLastModifiedTime(file, FileTime.from(MORNING));
    }

    @Test
    void shouldGiveTheSameTotalsWhenThePeriodRunsTwice() throws Exception {
        // given
        Path inbox = work.resolve("inbox");
        for (Path sample : Inboxes.samples(work.resolve("seed2020"), 2020).subList(0, 5)) {
            Inboxes.copy(sample, inbox, sample.getFileName().toString(), MORNING);
        }
        run(inbox, work.resolve("out1"));
        Map<String, String> first = township();

        // when
        BatchStatus second = run(inbox, work.resolve("out2"));

        // then
        assertThat(second).isEqualTo(BatchStatus.COMPLETED);
        assertThat(township()).isEqualTo(first).containsEntry("returns.received", "5");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM intake_return", Integer.class)).isEqualTo(5);
    }
}
