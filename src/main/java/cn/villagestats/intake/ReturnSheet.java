package cn.villagestats.intake;

import java.util.List;

import cn.villagestats.workbook.Spaces;

/** The four sheets of a village return, found by their Chinese or English name. */
public enum ReturnSheet {
    COVER("封面", "Cover"),
    TOILETS("卫生改厕", "Toilets"),
    ROADS("道路硬化", "Roads"),
    SURVEILLANCE("雪亮工程", "Surveillance");

    /** The sheets that hold data rows, in the order they are read. */
    public static final List<ReturnSheet> PROGRAMMES = List.of(TOILETS, ROADS, SURVEILLANCE);

    private final String chineseName;
    private final String englishName;

    ReturnSheet(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    public String chineseName() {
        return chineseName;
    }

    public String englishName() {
        return englishName;
    }

    /** Whether a sheet name, as the workbook spells it, names this sheet. */
    public boolean matches(String sheetName) {
        String trimmed = Spaces.strip(sheetName);
        return trimmed.equals(chineseName) || trimmed.equalsIgnoreCase(englishName);
    }
}
