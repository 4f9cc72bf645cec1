package cn.villagestats.consolidation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides which return counts for each village: the latest file (by modification time,
 * then by name) replaces earlier ones, which stay on record as superseded.
 */
final class Supersession {

    private static final Comparator<StoredReturn> LATEST_FIRST = Comparator
            .comparing(StoredReturn::fileModifiedAt).thenComparing(StoredReturn::fileName).reversed();

    private final ReturnLedger ledger;

    Supersession(ReturnLedger ledger) {
        this.ledger = ledger;
    }

    void apply(String period) {
        Map<String, List<StoredReturn>> byVillage = ledger.findByPeriod(period).stream()
                .filter(r -> r.status() == ReturnStatus.ACCEPTED || r.status() == ReturnStatus.SUPERSEDED)
                .collect(Collectors.groupingBy(StoredReturn::villageCode, LinkedHashMap::new, Collectors.toList()));
        for (List<StoredReturn> returns : byVillage.values()) {
            returns.sort(LATEST_FIRST);
            StoredReturn current = returns.get(0);
            ledger.recordCurrent(current.id());
            for (StoredReturn earlier : returns.subList(1, returns.size())) {
                ledger.recordSuperseded(earlier.id(),
                        "已被同村后报的文件“" + current.fileName() + "”取代，不计入汇总",
                        "superseded by the later return " + current.fileName() + " of the same village");
            }
        }
    }
}
