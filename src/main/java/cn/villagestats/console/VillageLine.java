package cn.villagestats.console;

import java.time.LocalDateTime;

/**
 * A village's line of 报送情况 for a period: the return that stands for it (the one that counts,
 * else the latest) and its status in words, e.g. 已报·有问题 (3 行).
 */
public record VillageLine(String code, String name, String status, String file, LocalDateTime arrived, int rowsRead,
                   int rowsRejected, String reason) {

    static final String MISSING = "未报";

    public boolean reported() {
        return "accepted".equals(status);
    }

    public String label() {
        if (status == null) {
            return MISSING;
        }
        return switch (status) {
            case "accepted" -> rowsRejected == 0 ? "已报·通过" : "已报·有问题 (" + rowsRejected + " 行)";
            case "rejected" -> "已报·被退回 (" + (reason == null ? "" : reason) + ")";
            case "superseded" -> "已被替换";
            case "pending" -> "已收到·待汇总";
            default -> status;
        };
    }

    /** The CSS class of the status. */
    public String css() {
        if (status == null) {
            return "st-missing";
        }
        return switch (status) {
            case "accepted" -> rowsRejected == 0 ? "st-ok" : "st-problems";
            case "rejected" -> "st-rejected";
            case "superseded" -> "st-superseded";
            default -> "st-missing";
        };
    }
}
