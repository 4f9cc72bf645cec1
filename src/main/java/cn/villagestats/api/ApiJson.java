package cn.villagestats.api;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.villagestats.console.UploadResult;
import cn.villagestats.console.VillageLine;
import cn.villagestats.consolidation.CheckedReturn;
import cn.villagestats.operations.RunView;
import cn.villagestats.reporting.TownshipTotal;

/** The API's JSON objects, their fields in snake_case as {@code openapi.json} describes them. */
final class ApiJson {

    private ApiJson() {
    }

    static Map<String, Object> upload(UploadResult result) {
        CheckedReturn checked = result.checked();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", result.file());
        json.put("stored_as", result.storedAs());
        json.put("village_code", checked.villageCode());
        json.put("village_name", checked.villageName());
        json.put("status", checked.status());
        json.put("rows_read", checked.rowsRead());
        json.put("rows_accepted", checked.rowsAccepted());
        json.put("rows_rejected", checked.rowsRejected());
        json.put("reason", checked.reasonZh() == null ? null : checked.reasonZh() + " / " + checked.reasonEn());
        json.put("problems", checked.problems().stream().map(p -> {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("sheet", p.sheet());
            problem.put("row", p.rowNumber());
            problem.put("column", p.column());
            problem.put("value", p.value());
            problem.put("reason_zh", p.reasonZh());
            problem.put("reason_en", p.reasonEn());
            return problem;
        }).toList());
        return json;
    }

    static Map<String, Object> village(VillageLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("village_code", line.code());
        json.put("village_name", line.name());
        json.put("status", line.status() == null ? "missing" : line.status());
        json.put("status_zh", line.label());
        json.put("file", line.file());
        json.put("loaded_at", line.arrived() == null ? null : line.arrived().toString());
        json.put("rows_read", line.file() == null ? 0 : line.rowsRead());
        json.put("rows_rejected", line.file() == null ? 0 : line.rowsRejected());
        json.put("reason", line.reason());
        return json;
    }

    static Map<String, Object> total(TownshipTotal total) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("indicator", total.indicator());
        json.put("name", total.name());
        json.put("unit", total.unit());
        json.put("value", new java.math.BigDecimal(total.plainValue())); // 4187200, not 4.1872E+6
        json.put("villages", total.villages());
        return json;
    }

    static Map<String, Object> run(RunView run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("execution_id", run.id());
        json.put("period", run.period());
        json.put("status", run.status());
        json.put("started", run.started() == null ? null : run.started().toString());
        json.put("ended", run.ended() == null ? null : run.ended().toString());
        json.put("returns_loaded", run.returnsLoaded());
        json.put("returns_found", run.returnsFound());
        json.put("steps", run.steps().stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("name", s.name());
            step.put("status", s.status());
            step.put("read", s.read());
            step.put("written", s.written());
            step.put("skipped", s.skipped());
            step.put("failure", s.failure().isEmpty() ? null : s.failure());
            return step;
        }).toList());
        json.put("failure", run.failure().isEmpty() ? null : run.failure());
        return json;
    }
}
