package cn.villagestats.returns;

import java.util.List;

import cn.villagestats.workbook.Spaces;
/**
 * The unit a numeric column is measured in, with the spellings a clerk may type after a
 * number ({@code 1250米}, {@code 500m2}). Spellings are compared after NFKC normalisation.
 */
public enum Unit {
    NONE("", List.of()),
    METRE("米", List.of("米", "m")),
    SQUARE_METRE("平方米", List.of("平方米", "平米", "m2")),
    YUAN("元", List.of("元")),
    TEN_THOUSAND_YUAN("万元", List.of("万元")),
    HOUSEHOLD("户", List.of("户")),
    PIECE("个", List.of("个", "台", "处"));

    private final String symbol;
    private final List<String> spellings;

    Unit(String symbol, List<String> spellings) {
        this.symbol = symbol;
        // longest spelling first, so 平方米 is not taken for 米
        this.spellings = spellings.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    public String symbol() {
        return symbol;
    }

    /** The spellings a number may end in, longest first. */
    public List<String> spellings() {
        return spellings;
    }
}
