package cn.villagestats.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The relationships that lead from the package to the workbook and from the workbook to its parts. */
class RelationshipsTests {

    @TempDir
    Path dir;

    @Test
    void shouldLeadFromAWrittenPackageToItsWorkbookSheetsAndStyles() throws Exception {
        // given
        Path file = ReturnFixture.standard().write(Format.XLSX, dir);

        // when
        Relationships root = Relationships.read(ZipParts.stream(ZipParts.read(file, "_rels/.rels")), "");
        Relationships workbook = Relationships.read(
                ZipParts.stream(ZipParts.read(file, "xl/_rels/workbook.xml.rels")), "xl/workbook.xml");

        // then
        assertThat(root.first(PackageRelationshipTypes.CORE_DOCUMENT)).isEqualTo("xl/workbook.xml");
        assertThat(workbook.first(XSSFRelation.STYLES.getRelation())).isEqualTo("xl/styles.xml");
        assertThat(workbook.byId().values()).filteredOn(r -> r.type().equals(XSSFRelation.WORKSHEET.getRelation()))
                .extracting(Relationships.Relationship::part)
                .containsExactlyInAnyOrder("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                        "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml");
    }

    @Test
    void shouldLeaveOutLinksToOtherFiles() throws Exception {
        // given
        String xml = """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath"
                 Target="file:///C:/报表/汇总.xlsx" TargetMode="External"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
                 Target="worksheets/sheet1.xml"/>
                </Relationships>""";

        // when
        Relationships relationships = Relationships.read(ZipParts.stream(xml), "xl/workbook.xml");

        // then
        assertThat(relationships.byId()).containsOnlyKeys("rId2");
    }

    @ParameterizedTest
    @CsvSource({
            "xl/workbook.xml, worksheets/sheet1.xml, xl/worksheets/sheet1.xml",
            "xl/workbook.xml, /xl/styles.xml, xl/styles.xml",
            "xl/workbook.xml, ./worksheets/../styles.xml, xl/styles.xml",
            "xl/worksheets/sheet1.xml, ../drawings/drawing1.xml, xl/drawings/drawing1.xml",
            "'', xl/workbook.xml, xl/workbook.xml",
            "xl/workbook.xml, worksheets/%E5%B0%81%E9%9D%A2%201.xml, xl/worksheets/封面 1.xml",
            "xl/workbook.xml, worksheets/a+b.xml, xl/worksheets/a+b.xml"})
    void shouldResolveATargetToTheZipEntryOfItsPart(String source, String target, String part) {
        // when / then
        assertThat(Relationships.resolve(source, target)).isEqualTo(part);
    }

    @Test
    void shouldNameTheRelationshipsPartOfAPart() {
        // when / then
        assertThat(Relationships.partOf("")).isEqualTo("_rels/.rels");
        assertThat(Relationships.partOf("xl/workbook.xml")).isEqualTo("xl/_rels/workbook.xml.rels");
    }
}
