package cn.villagestats.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.surveillance.SurveillanceSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import cn.villagestats.registry.Village;
import cn.villagestats.returns.ReturnSheet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads the written returns back with POI (test code only) to see the data reached the files. */
class SampleWorkbookFilesTests {

    @TempDir
    static Path out;

    private static List<Village> villages;
    private static List<Path> files;

    @BeforeAll
    static void generate() throws IOException {
        villages = VillagesCsv.read(Path.of("seeds/villages.csv"));
        files = SampleReturns.generate(villages, SampleReturns.DEFAULT_PERIOD, SampleReturns.DEFAULT_SEED,
                out.resolve("first"));
    }

    @Test
    void shouldWriteOneFileNamedAsPlannedPerVillage() {
        SampleSet set = SampleReturns.plan(villages, SampleReturns.DEFAULT_PERIOD, SampleReturns.DEFAULT_SEED);

        assertThat(files).hasSize(43).allMatch(Files::isRegularFile);
        assertThat(files.stream().map(f -> f.getFileName().toString()).toList())
                .isEqualTo(set.villages().stream().map(VillageSample::fileName).toList());
    }

    @Test
    void shouldHoldFourContractSheetsInEveryWorkbook() throws IOException {
        for (Path file : files) {
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                List<String> names = new ArrayList<>();
                workbook.forEach(s -> names.add(s.getSheetName()));
                assertThat(SHEETS).as(file.getFileName().toString())
                        .allMatch(r -> names.stream().anyMatch(name -> matches(r, name)));
                assertThat(names).hasSize(4);
            }
        }
    }

    @Test
    void shouldWriteEveryPlannedIdNumberIntoTheToiletSheets() throws IOException {
        // given
        SampleSet set = SampleReturns.plan(villages, SampleReturns.DEFAULT_PERIOD, SampleReturns.DEFAULT_SEED);
        Set<String> planned = new TreeSet<>();
        set.villages().forEach(v -> v.toilets().forEach(t -> planned.add(t.idNumber())));

        // when
        Set<String> written = new TreeSet<>();
        for (Path file : files) {
            for (String text : cellTexts(file, ToiletSheet.SHEET)) {
                if (text.matches("\\d{17}[0-9X]")) {
                    written.add(text);
                }
            }
        }

        // then
        assertThat(written).hasSize(4637).isEqualTo(planned);
    }

    @Test
    void shouldWriteTheSameCellsWhenGeneratedTwiceWithTheSameSeed() throws IOException {
        // when
        List<Path> again = SampleReturns.generate(villages, SampleReturns.DEFAULT_PERIOD,
                SampleReturns.DEFAULT_SEED, out.resolve("second"));

        // then
        for (int i = 0; i < files.size(); i++) {
            for (ReturnSheet sheet : SHEETS) {
                assertThat(cellTexts(again.get(i), sheet)).isEqualTo(cellTexts(files.get(i), sheet));
            }
            assertThat(Files.readAllBytes(again.get(i))).isEqualTo(Files.readAllBytes(files.get(i)));
        }
    }

    @Test
    void shouldTypeValuesInTheFormsClerksUse() throws IOException {
        // given
        List<String> all = new ArrayList<>();
        for (Path file : files) {
            for (ReturnSheet sheet : SHEETS) {
                all.addAll(cellTexts(file, sheet));
            }
        }

        // then
        assertThat(all).anyMatch(t -> t.matches("\\d{4}/\\d{1,2}/\\d{1,2}"))
                .anyMatch(t -> t.matches("\\d{4}\\.\\d{1,2}\\.\\d{1,2}"))
                .anyMatch(t -> t.matches("\\d{4}年\\d{1,2}月\\d{1,2}日"))
                .anyMatch(t -> t.matches("2020\\d{4}"))
                .anyMatch(t -> t.matches("\\d+米"))
                .anyMatch(t -> t.matches("\\d{1,3}(,\\d{3})+"))
                .anyMatch(t -> t.matches("[０-９]+"))
                .anyMatch(t -> t.startsWith("=SUM("))
                .anyMatch(t -> t.matches("=[A-Z]\\d+\\*[A-Z]\\d+"))
                .contains("合计", "√", "×", "Y", "N", "yes", "no", "是", "否", "TRUE", "FALSE",
                        "长度（米）", "length_m", "是否\n贫困户", "2020年12月", "202012", "2020-12");
    }

    private static final List<ReturnSheet> SHEETS = List.of(ReturnSheet.COVER, ToiletSheet.SHEET, RoadSheet.SHEET,
            SurveillanceSheet.SHEET);

    /** Whether the workbook's sheet name is the template's, in Chinese or English. */
    private static boolean matches(ReturnSheet sheet, String name) {
        return name.strip().equals(sheet.chineseName()) || name.strip().equalsIgnoreCase(sheet.englishName());
    }

    private static List<String> cellTexts(Path file, ReturnSheet wanted) throws IOException {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sheet : workbook) {
                if (!matches(wanted, sheet.getSheetName())) {
                    continue;
                }
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        texts.add(cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula()
                                : formatter.formatCellValue(cell));
                    }
                }
            }
        }
        return texts;
    }
}
