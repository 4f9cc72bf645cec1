package cn.villagestats.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A DOCTYPE is found in a part's prolog however it is dressed, and nowhere else. */
class PackagePrologTests {

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "<!DOCTYPE Types [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><Types/>",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<!DOCTYPE Types><Types/>",
            "\uFEFF<?xml version=\"1.0\"?><!-- made by hand --> <?pi x?>\n<!doctype Types><Types/>",
            "<?xml version=\"1.0\"?>\n\t<!---->\n<!DOCTYPE r>"})
    void shouldFindADoctypeBeforeTheRootElement(String xml) throws Exception {
        assertThat(PackageProlog.declaresDoctype(in(xml, StandardCharsets.UTF_8))).isTrue();
        assertThat(PackageProlog.declaresDoctype(in("\uFEFF" + xml, StandardCharsets.UTF_16LE))).isTrue();
        assertThat(PackageProlog.declaresDoctype(in(xml, StandardCharsets.UTF_16BE))).isTrue();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Types xmlns=\"x\"><Default/></Types>",
            "<Types><!-- <!DOCTYPE r> --></Types>",
            "<?xml version=\"1.0\"?><!-- <!DOCTYPE r> --><Types/>",
            "", "not xml <!DOCTYPE r>", "<?xml version=\"1.0\"?><!-- cut off"})
    void shouldFindNoDoctypeWhereThereIsNone(String xml) throws Exception {
        assertThat(PackageProlog.declaresDoctype(in(xml, StandardCharsets.UTF_8))).isFalse();
    }

    private static ByteArrayInputStream in(String xml, Charset charset) {
        return new ByteArrayInputStream(xml.getBytes(charset));
    }
}
