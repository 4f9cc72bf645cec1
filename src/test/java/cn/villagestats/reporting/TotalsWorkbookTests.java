package cn.villagestats.reporting;

import java.time.Clock;

import cn.villagestats.programme.StandardProgrammes;
import cn.villagestats.registry.Township;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TotalsWorkbookTests {

    @Test
    void shouldNameTheWorkbookAfterTheTownshipWhereItIsSet() {
        // given a township with its code and name, one with its name only, and one not set
        TotalsWorkbook named = new TotalsWorkbook(null, new Township("370982104", "汶城镇"), StandardProgrammes.PROGRAMMES,
                Clock.systemUTC());
        TotalsWorkbook nameOnly = new TotalsWorkbook(null, new Township("", "汶城/镇"), StandardProgrammes.PROGRAMMES,
                Clock.systemUTC());
        TotalsWorkbook unset = new TotalsWorkbook(null, new Township("", ""), StandardProgrammes.PROGRAMMES,
                Clock.systemUTC());

        // when / then the county's staff see whose workbook it is, and a slash never makes a folder
        assertThat(named.fileName("2020-12")).isEqualTo("370982104-汶城镇-township-totals-2020-12.xlsx");
        assertThat(nameOnly.fileName("2020-12")).isEqualTo("汶城_镇-township-totals-2020-12.xlsx");
        assertThat(unset.fileName("2020-12")).isEqualTo("township-totals-2020-12.xlsx");
    }
}
