package cn.villagestats.intake;

import java.util.function.Supplier;

import cn.villagestats.spreadsheet.WorkbookBuilder;

/** The two workbook formats every reading test runs against. */
public enum Format {
    XLSX(".xlsx", WorkbookBuilder::xlsx),
    XLS(".xls", WorkbookBuilder::xls);

    private final String extension;
    private final Supplier<WorkbookBuilder> builder;

    Format(String extension, Supplier<WorkbookBuilder> builder) {
        this.extension = extension;
        this.builder = builder;
    }

    public String extension() {
        return extension;
    }

    public WorkbookBuilder builder() {
        return builder.get();
    }
}
