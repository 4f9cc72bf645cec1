package cn.villagestats.bench;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a developer would write instead of villagestats, short of its checks: the six seed
 * figures of {@code docs/return-template.md} summed over the programme sheets, each header
 * looked up by name, no cover read, no rule checked, no row rejected. The village is the file.
 */
final class SeedSums {

    /** The English headers a clerk may use instead. */
    private static final Map<String, String> ALIASES = Map.of("id_number", "身份证号", "poor_household", "是否贫困户",
            "area_m2", "面积(平方米)", "household_access", "是否户户通", "households_served", "受益户数",
            "connected", "是否接入镇平台");
    private static final Set<String> YES = Set.of("是", "Y", "YES", "√", "1", "TRUE");

    private long households;
    private long poorHouseholds;
    private double roadArea;
    private long accessHouseholds;
    private final Set<String> accessVillages = new HashSet<>();
    private final Set<String> connectedVillages = new HashSet<>();
    private Map<String, Integer> header;

    /** A sheet begins; its header is the first row naming the column the sheet is summed by. */
    void sheet() {
        header = null;
    }

    /** One row of the sheet named {@code sheet} in workbook {@code file}; cells as the reader typed them. */
    void row(String file, String sheet, List<Object> cells) {
        String programme = programme(sheet);
        if (programme == null) {
            return;
        }
        if (header == null) {
            Map<String, Integer> names = new HashMap<>();
            for (int i = 0; i < cells.size(); i++) {
                String name = text(cells.get(i)).replaceAll("\\s+", "");
                names.put(ALIASES.getOrDefault(name.toLowerCase(), name), i);
            }
            if (names.containsKey("身份证号") || names.containsKey("是否户户通") || names.containsKey("是否接入镇平台")) {
                header = names;
            }
            return;
        }
        switch (programme) {
            case "toilets" -> {
                if (!text(cell(cells, "身份证号")).isBlank()) {
                    households++;
                    poorHouseholds += yes(cell(cells, "是否贫困户")) ? 1 : 0;
                }
            }
            case "roads" -> {
                roadArea += number(cell(cells, "面积(平方米)"));
                if (yes(cell(cells, "是否户户通"))) {
                    accessHouseholds += (long) number(cell(cells, "受益户数"));
                    accessVillages.add(file);
                }
            }
            default -> {
                if (yes(cell(cells, "是否接入镇平台"))) {
                    connectedVillages.add(file);
                }
            }
        }
    }

    @Override
    public String toString() {
        return String.format("toilet.households %d toilet.poor_households %d road.area_m2 %.1f "
                + "road.access_households %d road.access_villages %d surveillance.connected_villages %d", households,
                poorHouseholds, roadArea, accessHouseholds, accessVillages.size(), connectedVillages.size());
    }

    private static String programme(String sheet) {
        return switch (sheet.strip()) {
            case "卫生改厕", "Toilets" -> "toilets";
            case "道路硬化", "Roads" -> "roads";
            case "雪亮工程", "Surveillance" -> "surveillance";
            default -> null;
        };
    }

    private Object cell(List<Object> cells, String name) {
        Integer column = header.get(name);
        return column == null || column >= cells.size() ? null : cells.get(column);
    }

    private static String text(Object value) {
        return value == null ? "" : Normalizer.normalize(value.toString(), Normalizer.Form.NFKC).strip();
    }

    private static boolean yes(Object value) {
        return value instanceof Boolean b ? b : YES.contains(text(value).toUpperCase());
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        String digits = text(value).replaceAll("[^0-9.]", "");
        try {
            return digits.isEmpty() ? 0 : Double.parseDouble(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
