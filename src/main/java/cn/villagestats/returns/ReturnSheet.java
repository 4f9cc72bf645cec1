package cn.villagestats.returns;

import java.util.List;
import java.util.Objects;

/**
 * A sheet of the village return, found by its Chinese or English name: the cover, or a
 * programme's sheet with its columns in template order.
 */
public record ReturnSheet(String chineseName, String englishName, List<ReturnColumn> columns) {

    /** The 封面: labelled values, no columns. */
    public static final ReturnSheet COVER = new ReturnSheet("封面", "Cover", List.of());

    public ReturnSheet {
        Objects.requireNonNull(chineseName, "chineseName");
        Objects.requireNonNull(englishName, "englishName");
        columns = List.copyOf(columns);
        for (int i = 0; i < columns.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (columns.get(i).header().equals(columns.get(j).header())) {
                    throw new IllegalArgumentException(chineseName + " has two columns " + columns.get(i).header());
                }
            }
        }
    }

    public boolean isCover() {
        return columns.isEmpty();
    }

    /** The column's place in the template, or -1 when it is not one of this sheet's. */
    public int indexOf(ReturnColumn column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i) == column) {
                return i;
            }
        }
        return columns.indexOf(column);
    }
}
