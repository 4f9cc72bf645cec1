package cn.villagestats.workbook.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Test;

/** The compact shared-strings table reads every string as POI does. */
class CompactSharedStringsTests {

    @Test
    void shouldReadEveryKindOfSharedStringAsPoiDoes() throws Exception {
        // given strings plain, in runs, with phonetic guides, escapes, entities, CDATA, empty, long, of one-byte
        // characters past ASCII, and with an escaped lone surrogate
        String sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"11\" uniqueCount=\"11\">"
                + "<si><t>泉里村</t><rPh sb=\"0\" eb=\"1\"><t>せん</t></rPh></si>"
                + "<si><r><t>村</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> 东路 </t></r></si>"
                + "<si><t>370982198001011234</t></si>"
                + "<si><t>line_x000D_break and _x005F_x0041_ kept</t></si>"
                + "<si><t>A&amp;B &lt;C&gt; &#x6751;</t></si>"
                + "<si><t><![CDATA[<not a tag>]]></t></si>"
                + "<si><t/></si>"
                + "<si><t>" + "长".repeat(3000) + "</t></si>"
                + "<si><t>张三<!-- a comment --></t></si>"
                + "<si><t>café ÿ</t></si>"
                + "<si><t>lone _xD800_ surrogate</t></si>"
                + "</sst>";

        // when
        CompactSharedStrings ours = CompactSharedStrings.read(stream(sst));
        ReadOnlySharedStringsTable poi = new ReadOnlySharedStringsTable(stream(sst), false);

        // then
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < poi.getUniqueCount(); i++) {
            expected.add(poi.getItemAt(i).getString());
        }
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < ours.size(); i++) {
            actual.add(ours.get(i));
        }
        assertThat(actual).hasSize(11).isEqualTo(expected);
        assertThat(actual.get(3)).isEqualTo("line\rbreak and _x0041_ kept");
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
    }
}
