package cn.villagestats.operations;

import java.io.PrintStream;

import cn.villagestats.reporting.ReturnOutcome;
import cn.villagestats.reporting.TownshipTotal;
import cn.villagestats.reporting.VillageTotals;

/** Prints a run's per-file summary and township totals for the operator's console. */
final class RunReportPrinter {

    private final PrintStream out;

    RunReportPrinter(PrintStream out) {
        this.out = out;
    }

    void print(RunReport report) {
        out.printf("%n== 报表期 %s · 作业执行 #%d · %s ==%n", report.period(), report.executionId(), report.status());
        out.printf("%n%-8s %-14s %-10s %6s %6s %6s  %s%n", "status", "village_code", "village", "read", "accept",
                "reject", "file / reason");
        for (ReturnOutcome r : report.returns()) {
            out.printf("%-8s %-14s %-10s %6d %6d %6d  %s%s%s%n", r.status(), nullToDash(r.villageCode()),
                    nullToDash(r.villageName()), r.rowsRead(), r.rowsAccepted(), r.rowsRejected(), r.file(),
                    r.reason().isEmpty() ? "" : "  — " + r.reason(), r.balanced() ? "" : "  !! rows do not add up");
        }
        long unbalanced = report.returns().stream().filter(r -> !r.balanced()).count();
        out.printf("%n%d files: every row read was accepted or rejected%s%n", report.returns().size(),
                unbalanced == 0 ? " (read = accepted + rejected for each)" : " EXCEPT " + unbalanced + " files");
        if (!report.missingVillages().isEmpty()) {
            out.printf("未报村 (villages missing): %d%n", report.missingVillages().size());
            for (VillageTotals v : report.missingVillages()) {
                out.printf("  %s %s%n", v.villageCode(), v.villageName());
            }
        }
        if (report.aggregated()) {
            out.printf("%n%-34s %-14s %16s %-6s %s%n", "indicator", "名称", "value", "unit", "villages");
            for (TownshipTotal t : report.totals()) {
                out.printf("%-34s %-14s %16s %-6s %d%n", t.indicator(), t.name(), t.plainValue(), t.unit(),
                        t.villages());
            }
        } else {
            out.printf("%n未算出本期汇总（作业在汇总前停止），上一次的汇总不变 / no totals: the run stopped before"
                    + " aggregating; the previous totals stand%n");
        }
        report.failures().forEach(f -> out.println("失败原因 / FAILED: " + f));
        if (report.exported()) {
            out.printf("%nExports in %s%n", report.out().toAbsolutePath());
        } else {
            out.printf("%n未导出，上一次的导出文件不变 / nothing exported: the previous exports in %s stand%n",
                    report.out().toAbsolutePath());
        }
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
