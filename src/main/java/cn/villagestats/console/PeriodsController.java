package cn.villagestats.console;

import java.time.YearMonth;
import java.util.List;

import cn.villagestats.operations.ConsoleLevers;
import cn.villagestats.reporting.TotalsRepository;
import cn.villagestats.reporting.TownshipTotal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 报送情况: who has reported for a period (tonight's unless another is chosen), and the totals beside the previous period's. */
@Controller
@ConditionalOnWebApplication
class PeriodsController {

    private final PeriodReturns returns;
    private final TotalsRepository totals;
    private final ConsoleLevers levers;

    PeriodsController(PeriodReturns returns, TotalsRepository totals, ConsoleLevers levers) {
        this.returns = returns;
        this.totals = totals;
        this.levers = levers;
    }

    @GetMapping("/periods")
    String periods(@RequestParam(required = false) String period, Model model) {
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
        return "periods";
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
