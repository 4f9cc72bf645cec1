package cn.villagestats.operations;

import java.util.List;
import java.util.stream.Collectors;

import cn.villagestats.reporting.VillageTotals;

/**
 * The short messages in Chinese that tell a person about a night: the period, what happened
 * and what to do, for someone reading them on a phone.
 */
final class NightMessages {

    private static final String JAR = "java -jar villagestats.jar";

    private NightMessages() {
    }

    record Message(String subject, String text) {
    }

    static Message failed(RunReport report) {
        String reason = report.failures().isEmpty() ? "" : "：" + report.failures().get(0);
        return new Message("villagestats " + report.period() + "：夜间汇总失败", """
                villagestats：%s 的夜间汇总失败（作业 #%d%s）。
                处理：在服务器上运行 %s status 查看原因，排除后运行 %s rerun（从中断处继续，不会重复计数）。"""
                .formatted(report.period(), report.executionId(), reason, JAR, JAR));
    }

    static Message refused(String period, String reason) {
        return new Message("villagestats " + period + "：夜间汇总未运行", """
                villagestats：%s 的夜间汇总未运行：%s
                处理：按上述原因处理后运行 %s run --period %s，或等下一晚自动运行。"""
                .formatted(period, reason, JAR, period));
    }

    static Message missing(RunReport report) {
        List<VillageTotals> missing = report.missingVillages();
        String names = missing.stream().limit(10).map(VillageTotals::villageName).collect(Collectors.joining("、"));
        return new Message("villagestats " + report.period() + "：" + missing.size() + " 个村未报", """
                villagestats：%s 已汇总（作业 #%d），仍有 %d 个村未报：%s%s。
                处理：请催报；报表放入收件箱后，下一晚自动汇总（或运行 %s run --period %s）。"""
                .formatted(report.period(), report.executionId(), missing.size(), names,
                        missing.size() > 10 ? " 等" : "", JAR, report.period()));
    }
}
