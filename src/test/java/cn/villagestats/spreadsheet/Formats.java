package cn.villagestats.spreadsheet;

/** The kinds of workbook a {@link WorkbookBuilder} writes, by the name a parameterised test gives them. */
final class Formats {

    private Formats() {
    }

    static WorkbookBuilder builder(String format) {
        return switch (format) {
            case "xlsx" -> WorkbookBuilder.xlsx();
            case "xlsx-streaming" -> WorkbookBuilder.xlsxStreaming();
            case "xlsx-streaming-inline" -> WorkbookBuilder.xlsxStreamingInline();
            case "xls" -> WorkbookBuilder.xls();
            default -> throw new IllegalArgumentException(format);
        };
    }

    static String extension(String format) {
        return format.startsWith("xlsx") ? "xlsx" : "xls";
    }
}
