package cn.villagestats.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFileTests {

    @TempDir
    Path dir;

    @Test
    void shouldWriteValuesStartingWithAFormulaCharacterAsText() throws Exception {
        // given
        Path file = dir.resolve("out.csv");

        // when
        try (CsvFile csv = CsvFile.create(file, "a", "b", "c", "d", "e", "f", "g")) {
            csv.row("=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", -5);
        }

        // then each is prefixed with an apostrophe (quoted where CSV needs it); real numbers stay numbers
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\r\n", 2);
        assertThat(lines[1]).isEqualTo("'=1+1,'+1,'-1,'@SUM(A1),'\t=1,\"'\r=1\",-5\r\n");
    }
}
