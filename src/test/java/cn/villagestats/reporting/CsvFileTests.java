package cn.villagestats.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTests {

    @TempDir
    Path dir;

    @Test
    void shouldStartWithAByteOrderMarkSoExcelReadsUtf8() throws Exception {
        // when
        Path file = dir.resolve("a.csv");
        try (CsvFile csv = CsvFile.create(file, "村名", "value")) {
            csv.row("泉里村", 12);
        }

        // then
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF村名,value\r\n泉里村,12\r\n");
    }

    @Test
    void shouldReplaceALoneSurrogateInsteadOfFailingTheExport() throws Exception {
        // given a value from a crafted cell that UTF-8 cannot hold
        Path file = dir.resolve("lone.csv");

        // when
        try (CsvFile csv = CsvFile.create(file, "value")) {
            csv.row("路\uD800段");
        }

        // then
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFvalue\r\n路?段\r\n");
    }

    @Test
    void shouldQuoteFieldsHoldingCommasQuotesOrLineBreaks() throws Exception {
        // when
        Path file = dir.resolve("b.csv");
        try (CsvFile csv = CsvFile.create(file, "reason")) {
            csv.row("长度(米)应在1到20000之间, 填的是\"2万\"\n请改");
        }

        // then
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .endsWith("\"长度(米)应在1到20000之间, 填的是\"\"2万\"\"\n请改\"\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
    void shouldWriteTextThatLooksLikeAFormulaAsText(String text) throws Exception {
        // when
        Path file = dir.resolve("c.csv");
        try (CsvFile csv = CsvFile.create(file, "value")) {
            csv.row(text);
        }

        // then
        String line = Files.readAllLines(file, StandardCharsets.UTF_8).get(1);
        assertThat(line).matches("\"?'.*");
    }

    @Test
    void shouldQuoteAValueThatAReaderCouldTakeForACommentOrWhoseSpacesItCouldTrim() throws Exception {
        // when
        Path file = dir.resolve("e.csv");
        try (CsvFile csv = CsvFile.create(file, "value", "village")) {
            csv.row("#N/A", "泉里村 ");
        }

        // then
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(1)).isEqualTo("\"#N/A\",\"泉里村 \"");
    }

    @Test
    void shouldWriteNumbersAsTheyAre() throws Exception {
        // when
        Path file = dir.resolve("d.csv");
        try (CsvFile csv = CsvFile.create(file, "value")) {
            csv.row(-5);
        }

        // then
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8).get(1)).isEqualTo("-5");
    }
}
