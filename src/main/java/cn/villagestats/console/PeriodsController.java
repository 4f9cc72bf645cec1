package cn.villagestats.console;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.villagestats.operations.ConsoleLevers;
import cn.villagestats.reporting.TotalsRepository;
import cn.villagestats.reporting.TownshipTotal;
import cn.villagestats.reporting.VillageTotals;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * 报送情况: who has reported for a period (tonight's unless another is chosen), the totals beside
 * the previous period's, and charts of one indicator: over the last twelve periods, and by village.
 */
@Controller
@ConditionalOnWebApplication
class PeriodsController {

    private static final String DEFAULT_INDICATOR = "toilet.households";

    private final PeriodReturns returns;
    private final TotalsRepository totals;
    private final ConsoleLevers levers;
    private final TotalsHistory history;

    PeriodsController(PeriodReturns returns, TotalsRepository totals, ConsoleLevers levers, TotalsHistory history) {
        this.returns = returns;
        this.totals = totals;
        this.levers = levers;
        this.history = history;
    }

    @GetMapping("/periods")
    String periods(@RequestParam(required = false) String period, @RequestParam(required = false) String indicator,
                   Model model) {
        YearMonth month = period == null || period.isBlank() ? levers.tonight() : ConsoleModel.period(period);
        List<VillageLine> villages = returns.villages(month.toString());
        YearMonth previous = month.minusMonths(1);
        model.addAttribute("period", month.toString());
        model.addAttribute("previousPeriod", previous.toString());
        model.addAttribute("nextPeriod", month.plusMonths(1).toString());
        model.addAttribute("villages", villages);
        model.addAttribute("reported", villages.stream().filter(VillageLine::reported).count());
        model.addAttribute("totals", TotalsSide.of(totals.township(month.toString()),
                totals.township(previous.toString())));
        charts(month, indicator, model);
        return "periods";
    }

    /** The chosen indicator (卫生改厕户数 unless another is picked) over twelve periods, and each village's value. */
    private void charts(YearMonth month, String code, Model model) {
        List<TotalsHistory.Indicator> indicators = history.indicators();
        String wanted = code == null || code.isBlank() ? DEFAULT_INDICATOR : code;
        TotalsHistory.Indicator chosen = indicators.stream().filter(i -> i.code().equals(wanted)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "没有这个指标 / no such indicator"));
        List<Chart.Point> villages = new ArrayList<>();
        totals.forEachVillage(month.toString(), v -> villages.add(new Chart.Point(v.villageName(),
                v.villageName() + "（" + v.villageCode() + "）",
                v.status().equals(VillageTotals.REPORTED) ? v.value(chosen.code()) : null)));
        model.addAttribute("indicators", indicators);
        model.addAttribute("indicator", chosen);
        model.addAttribute("trend", new Chart(history.series(chosen.code(), month)).line());
        model.addAttribute("byVillage", new Chart(villages).bars());
    }

    /** One indicator's value for the period beside the previous period's. */
    record TotalsSide(String indicator, String name, String unit, String value, String previous) {

        static List<TotalsSide> of(List<TownshipTotal> now, List<TownshipTotal> before) {
            return now.stream().map(t -> new TotalsSide(t.indicator(), t.name(), t.unit(), t.plainValue(),
                    before.stream().filter(b -> b.indicator().equals(t.indicator())).findFirst()
                            .map(TownshipTotal::plainValue).orElse("—"))).toList();
        }
    }
}
