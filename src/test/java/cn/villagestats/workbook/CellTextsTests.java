package cn.villagestats.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.DateUtil;
import org.junit.jupiter.api.Test;

import cn.villagestats.workbook.CellKind;
import cn.villagestats.workbook.SheetCell;

/** Date cells read as the day POI's own date arithmetic gives, in both date systems. */
class CellTextsTests {

    @Test
    void shouldGiveTheDayPoiGivesForWholeSerialsOfBothDateSystems() {
        for (boolean date1904 : new boolean[] {false, true}) {
            for (double serial = 0; serial <= 2_958_465; serial += serial < 2_000 ? 1 : 997) {
                checkAgainstPoi(serial, date1904);
            }
            checkAgainstPoi(2_958_465 - (date1904 ? 1462 : 0), date1904);
        }
    }

    @Test
    void shouldKeepTheTimeOfDayAndTheDayExcelCountsThatNeverWas() {
        // given 1900-02-29 (serial 60, which Excel counts) and a time of day
        SheetCell leapDay = CellTexts.dateOrNumber(0, 60, false);
        SheetCell afternoon = CellTexts.dateOrNumber(0, 44000.75, false);

        // then
        assertThat(leapDay.kind()).isEqualTo(poiKind(60, false));
        assertThat(afternoon.text()).isEqualTo("2020-06-18T18:00:00");
    }

    private static void checkAgainstPoi(double serial, boolean date1904) {
        // when
        SheetCell cell = CellTexts.dateOrNumber(3, serial, date1904);

        // then
        var poi = DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial, date1904, true) : null;
        if (poi == null) {
            assertThat(cell.kind()).as("serial %s", serial).isEqualTo(CellKind.NUMBER);
        } else {
            assertThat(cell.kind()).as("serial %s", serial).isEqualTo(CellKind.DATE);
            assertThat(cell.text()).as("serial %s (1904: %s)", serial, date1904)
                    .isEqualTo(poi.toLocalDate().toString());
            assertThat(cell.number()).isEqualTo(date1904 ? serial + 1462 : serial);
        }
    }

    private static CellKind poiKind(double serial, boolean date1904) {
        return DateUtil.getLocalDateTime(serial, date1904, true) == null ? CellKind.NUMBER : CellKind.DATE;
    }
}
