package cn.villagestats.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.workbook.xlsx.ZipParts;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A DTD in one of the package's own parts (not a sheet) is refused like one in a sheet: the
 * file is rejected with its reason in one WARN line, and no library logs an ERROR for it,
 * since an ERROR line tells the operator the night failed.
 */
@ExtendWith(OutputCaptureExtension.class)
class PackagePartDtdJobTests extends JobTestSupport {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "docProps/core.xml",
            "xl/_rels/workbook.xml.rels", "xl/styles.xml"})
    void shouldRejectAFileWithADtdInAPackagePartWithOneWarnLineAndNoError(String part, CapturedOutput output)
            throws Exception {
        // given a valid return whose package part declares a DTD with an external entity
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path file = HostileFiles.minimalReturn(Inboxes.registry().get(10), inbox.resolve("实体.xlsx"));
        Path secret = Files.writeString(work.resolve("secret.txt"), "TOP-SECRET");
        ZipParts.rewrite(file, part, xml -> withDtd(xml, secret));
        int from = output.getOut().length();

        // when
        run(inbox, work.resolve("out"));

        // then the file is rejected for its DTD
        ReturnOutcome outcome = outcomesByFile().get("实体.xlsx");
        assertThat(outcome.status()).isEqualTo("rejected");
        assertThat(outcome.reasonZh()).contains("XML外部实体（DTD）");
        assertThat(outcome.reason()).doesNotContain("TOP-SECRET");
        // and the log holds one WARN line for it, with its reason, and no ERROR at all
        List<String> lines = output.getOut().substring(from).lines().toList();
        assertThat(lines).noneMatch(line -> line.contains(" ERROR ") || line.startsWith("ERROR"));
        assertThat(lines).filteredOn(line -> line.contains(" WARN ") && line.contains("实体.xlsx")).singleElement()
                .satisfies(line -> assertThat(line).contains("DTD"));
        assertThat(output.getOut().substring(from)).doesNotContain("TOP-SECRET").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels"})
    void shouldRejectAFileWithABrokenPackagePartWithOneWarnLineAndNoError(String part, CapturedOutput output)
            throws Exception {
        // given a valid return whose package part is cut off in the middle
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path file = HostileFiles.minimalReturn(Inboxes.registry().get(10), inbox.resolve("坏了.xlsx"));
        ZipParts.rewrite(file, part, xml -> xml.substring(0, xml.length() / 2));
        int from = output.getOut().length();

        // when
        run(inbox, work.resolve("out"));

        // then the file is rejected, in one WARN line, with no ERROR from the library that parsed it
        assertThat(outcomesByFile().get("坏了.xlsx").status()).isEqualTo("rejected");
        List<String> lines = output.getOut().substring(from).lines().toList();
        assertThat(lines).noneMatch(line -> line.contains(" ERROR ") || line.startsWith("ERROR"));
        assertThat(lines).filteredOn(line -> line.contains(" WARN ") && line.contains("坏了.xlsx")).hasSize(1);
    }

    /** The part's XML with a DOCTYPE declaring an external entity after its XML declaration. */
    private static String withDtd(String xml, Path secret) {
        String doctype = "<!DOCTYPE root [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        Matcher declaration = Pattern.compile("^<\\?xml[^>]*\\?>").matcher(xml);
        return declaration.find() ? declaration.group() + doctype + xml.substring(declaration.end()) : doctype + xml;
    }
}
