package cn.villagestats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * POI and the XML and zip libraries read workbooks behind this package alone: the rest of the
 * application sees rows and cells. Only the workbook writer ({@code spreadsheet}) uses POI too.
 */
class ReadingLibrariesTests {

    private static final Path SOURCES = Path.of("src/main/java/cn/villagestats");

    @Test
    void shouldKeepTheReadingLibrariesBehindTheWorkbookPackage() throws IOException {
        // when
        List<String> users = filesImporting("org.apache.poi.", "com.fasterxml.aalto.", "org.codehaus.stax2.",
                "org.apache.commons.compress.");

        // then
        assertThat(users).isNotEmpty().allSatisfy(file -> assertThat(file).matches("(workbook|spreadsheet)/.*"));
        assertThat(users).filteredOn(file -> file.startsWith("spreadsheet/"))
                .allSatisfy(file -> assertThat(imports(SOURCES.resolve(file))).noneMatch(line ->
                        line.contains("org.apache.poi.xssf.eventusermodel") || line.contains("org.apache.poi.hssf.record")
                                || line.contains("org.apache.poi.openxml4j")));
    }

    private static List<String> filesImporting(String... prefixes) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> imports(file).stream().anyMatch(line -> Stream.of(prefixes).anyMatch(line::contains)))
                    .map(file -> SOURCES.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static List<String> imports(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(line -> line.startsWith("import ")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
