package cn.villagestats.validation;

import cn.villagestats.programme.roads.RoadSheet;
import cn.villagestats.programme.toilets.ToiletSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EnumerationsTests {

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @ValueSource(strings = {"三格化粪池式", " 三格化粪池式 ", "三格 化粪池式", "三格\n化粪池式", "三格　化粪池式"})
    void shouldMatchAfterNormalisingAndStoreTheCanonicalSpelling(String typed) {
        assertThat(Enumerations.of(ToiletSheet.TYPE).parse(Cells.text(typed)).value()).isEqualTo("三格化粪池式");
    }

    @Test
    void shouldMatchFullWidthSpellings() {
        Enumerations allowed = new Enumerations(List.of("A级", "B级"));

        assertThat(allowed.parse(Cells.text("Ａ级")).value()).isEqualTo("A级");
    }

    @Test
    void shouldMatchIgnoringCase() {
        Enumerations allowed = new Enumerations(List.of("Other", "None"));

        assertThat(allowed.parse(Cells.text("other")).value()).isEqualTo("Other");
        assertThat(allowed.parse(Cells.text("ＮＯＮＥ")).value()).isEqualTo("None");
    }

    @Test
    void shouldTakeTheFirstOfValuesThatDifferInCaseAlone() {
        Enumerations allowed = new Enumerations(List.of("a", "A"));

        assertThat(allowed.parse(Cells.text("A")).value()).isEqualTo("a");
        assertThat(allowed.parse(Cells.text("a")).value()).isEqualTo("a");
    }

    @Test
    void shouldRejectAValueNotInTheList() {
        Parsed<String> parsed = Enumerations.of(RoadSheet.SURFACE).parse(Cells.text("水泥路"));

        assertThat(parsed.reasonZh()).isEqualTo("“水泥路”不是可选的值，应为 水泥、沥青、砂石、其他 之一");
        assertThat(parsed.reasonEn()).isEqualTo("'水泥路' is not an allowed value; expected one of 水泥, 沥青, 砂石, 其他");
    }
}
