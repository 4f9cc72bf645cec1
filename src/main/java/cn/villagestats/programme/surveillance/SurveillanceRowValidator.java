package cn.villagestats.programme.surveillance;

import java.util.HashMap;
import java.util.Map;

import cn.villagestats.intake.ReturnRow;
import cn.villagestats.validation.Enumerations;
import cn.villagestats.validation.RowReader;
import cn.villagestats.validation.RowRule;
import cn.villagestats.validation.Texts;
import cn.villagestats.validation.ValidatedRow;

import static cn.villagestats.programme.surveillance.SurveillanceSheet.*;

/**
 * Applies the 雪亮工程 rules to one row. Holds the point names seen so far in this return,
 * since a name must be unique within the village.
 */
final class SurveillanceRowValidator implements RowRule {

    private static final Enumerations POINT_TYPES = Enumerations.of(TYPE);

    private final Map<String, Integer> firstRowByName = new HashMap<>();

    @Override
    public ValidatedRow validate(ReturnRow row) {
        RowReader r = new RowReader(row);
        r.whole(NO, false);
        String name = r.text(NAME, true, 128);
        if (name != null) {
            checkUnique(r, name);
        }
        String type = r.choice(TYPE, POINT_TYPES);
        Integer cameras = r.whole(CAMERAS, true);
        boolean camerasOk = r.within(CAMERAS, cameras, 1, 64);
        Integer online = r.whole(CAMERAS_ONLINE, true);
        if (online != null && camerasOk && online >= 0 && online > cameras) {
            r.reject(CAMERAS_ONLINE, "在线数量(" + online + ")大于摄像头数量(" + cameras + ")",
                    "cameras online (" + online + ") exceeds cameras installed (" + cameras + ")");
        }
        r.within(CAMERAS_ONLINE, online, 0, 64);
        Boolean connected = r.yesNo(CONNECTED, true);
        var builtOn = r.date(BUILT_ON, false);
        if (builtOn != null && (builtOn.getYear() < 1900 || builtOn.getYear() > 2099)) {
            // the contract sets no range; a year the databases cannot hold (0000) would fail the whole load
            r.reject(BUILT_ON, "建成日期应在1900年到2099年之间，填的是" + builtOn,
                    "date built must be between 1900 and 2099, got " + builtOn);
        }
        if (r.hasViolations()) {
            return ValidatedRow.rejected(row.sheetName(), row.rowNumber(), r.violations());
        }
        return ValidatedRow.accepted(row.sheetName(), new SurveillanceRecord(row.rowNumber(), name, type, cameras,
                online, connected, builtOn));
    }

    private void checkUnique(RowReader r, String name) {
        Integer first = firstRowByName.putIfAbsent(Texts.normalise(name), r.rowNumber());
        if (first != null) {
            r.reject(NAME, "点位名称“" + name + "”与第" + first + "行重复，同一村的点位名称不能重复",
                    "point name '" + name + "' repeats the one in row " + first + "; point names must be unique within the village");
        }
    }
}
