package cn.villagestats.programme;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.villagestats.registry.Indicator;
import cn.villagestats.registry.SeedFiles;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to start the application when {@code seeds/indicators.csv} and the programmes'
 * indicators disagree: an indicator defined with its aggregate but without a CSV row would be
 * dropped from every report, and a CSV row no programme defines would stay 0 for ever. Names and
 * units must agree too, since the reports print the CSV's. The job's own counts
 * ({@code returns.expected}, {@code returns.received}) need only their CSV rows.
 */
@Component
class IndicatorCheck implements InitializingBean {

    /** Counted by the job itself, not by a programme. */
    static final Set<String> JOB_OWN = Set.of("returns.expected", "returns.received");

    private final Programmes programmes;
    private final Path seeds;

    IndicatorCheck(Programmes programmes, @Value("${villagestats.seeds:seeds}") Path seeds) {
        this.programmes = programmes;
        this.seeds = seeds;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> disagreements = disagreements(new SeedFiles(seeds).indicators());
        if (!disagreements.isEmpty()) {
            throw new IllegalStateException("seeds/indicators.csv 与项目定义的指标不一致 / seeds/indicators.csv and the "
                    + "programmes' indicators disagree:\n" + String.join("\n", disagreements));
        }
    }

    /** One line per indicator the CSV rows and the programmes do not agree on, in Chinese and English. */
    List<String> disagreements(List<Indicator> rows) {
        Map<String, Indicator> csv = new LinkedHashMap<>();
        rows.forEach(row -> csv.put(row.code(), row));
        List<String> found = new ArrayList<>();
        Set<String> defined = new HashSet<>(JOB_OWN);
        for (Programme<?> programme : programmes.all()) {
            String sheet = programme.sheet().chineseName();
            for (IndicatorDefinition indicator : programme.indicators()) {
                defined.add(indicator.code());
                Indicator row = csv.get(indicator.code());
                if (row == null) {
                    found.add("指标“" + indicator.name() + "”（" + indicator.code() + "）由项目“" + sheet
                            + "”定义，但 indicators.csv 中没有这一行 / indicator " + indicator.code() + " ("
                            + indicator.englishName() + ") is defined by programme " + sheet
                            + " but has no row in indicators.csv");
                } else if (!row.name().equals(indicator.name()) || !row.unit().equals(indicator.unit())) {
                    found.add("指标“" + indicator.name() + "”（" + indicator.code() + "）在 indicators.csv 中写作“"
                            + row.name() + "”（" + row.unit() + "），项目“" + sheet + "”定义为“" + indicator.name()
                            + "”（" + indicator.unit() + "） / indicator " + indicator.code() + " ("
                            + indicator.englishName() + ") has name and unit " + row.name() + " (" + row.unit()
                            + ") in indicators.csv but " + indicator.name() + " (" + indicator.unit()
                            + ") in programme " + sheet);
                }
            }
        }
        csv.values().stream().filter(row -> !defined.contains(row.code())).forEach(row -> found.add(
                "indicators.csv 中的指标“" + row.name() + "”（" + row.code() + "）没有哪个项目定义它的算法 / indicator "
                        + row.code() + " (" + row.definition() + ") in indicators.csv is defined by no programme"));
        return found;
    }
}
