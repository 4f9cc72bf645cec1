package cn.villagestats.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import cn.villagestats.operations.ConsoleLevers;
import cn.villagestats.programme.Programmes;
import cn.villagestats.registry.Village;
import cn.villagestats.registry.VillageRegistry;
import cn.villagestats.reporting.RejectedCell;
import cn.villagestats.reporting.ReturnReports;
import cn.villagestats.reporting.WarningNote;
import cn.villagestats.template.ReturnTemplate;
import cn.villagestats.users.ConsoleUserDetails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A village's page: its returns for the period, their problems (身份证号 masked), its feedback and template. */
@Controller
@ConditionalOnWebApplication
class VillagesController {

    static final int PROBLEMS_SHOWN = 500;

    private final VillageRegistry registry;
    private final PeriodReturns returns;
    private final ReturnReports reports;
    private final ConsoleFolders folders;
    private final ConsoleLevers levers;
    private final Programmes programmes;

    VillagesController(VillageRegistry registry, PeriodReturns returns, ReturnReports reports, ConsoleFolders folders,
                       ConsoleLevers levers, Programmes programmes) {
        this.registry = registry;
        this.programmes = programmes;
        this.returns = returns;
        this.reports = reports;
        this.folders = folders;
        this.levers = levers;
    }

    @GetMapping("/villages/{code}")
    String village(@PathVariable String code, @RequestParam(required = false) String period,
                   @AuthenticationPrincipal ConsoleUserDetails user, Model model) {
        Village village = visible(user, code);
        YearMonth month = period == null || period.isBlank() ? levers.tonight() : ConsoleModel.period(period);
        List<VillageLine> own = returns.returns(month.toString(), code);
        List<ProblemLine> problems = new ArrayList<>();
        for (VillageLine r : own) {
            if ("accepted".equals(r.status())) {
                for (RejectedCell c : reports.rejectedCells(month.toString(), r.file(), PROBLEMS_SHOWN)) {
                    problems.add(new ProblemLine(c.sheet(), c.row(), c.column(), c.value(), c.reasonZh(), "拒收"));
                }
            }
            for (WarningNote w : reports.warnings(month.toString(), r.file(), PROBLEMS_SHOWN)) {
                problems.add(new ProblemLine(w.sheet(), w.row(), w.column(), w.value(), w.reasonZh(), "提醒"));
            }
        }
        model.addAttribute("village", village);
        model.addAttribute("period", month.toString());
        model.addAttribute("returns", own);
        model.addAttribute("problems", problems);
        model.addAttribute("uploads", folders.uploads(month, code).stream().map(p -> p.getFileName().toString()).toList());
        model.addAttribute("hasFeedback", folders.feedback(month, code).isPresent());
        return "village";
    }

    @GetMapping("/villages/{code}/feedback")
    ResponseEntity<Resource> feedback(@PathVariable String code, @RequestParam String period,
                                      @AuthenticationPrincipal ConsoleUserDetails user) {
        visible(user, code);
        Path file = folders.feedback(ConsoleModel.period(period), code).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "本期没有给该村的反馈表 / no feedback for this village"));
        return Downloads.xlsx(new FileSystemResource(file), file.getFileName().toString());
    }

    @GetMapping("/villages/{code}/template")
    ResponseEntity<Resource> template(@PathVariable String code, @RequestParam String period,
                                      @AuthenticationPrincipal ConsoleUserDetails user) throws IOException {
        Village village = visible(user, code);
        Path folder = Files.createTempDirectory("template");
        try {
            Path file = ReturnTemplate.write(village, ConsoleModel.period(period), folder, programmes);
            return Downloads.xlsx(new ByteArrayResource(Files.readAllBytes(file)), file.getFileName().toString());
        } finally {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(folder);
        }
    }

    private Village visible(ConsoleUserDetails user, String code) {
        ConsoleModel.checkVillage(user, code);
        return registry.find(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "村代码" + code + "不在村名册中 / no village " + code));
    }

    /** One problem line of the page; the value comes masked from the database's report queries. */
    record ProblemLine(String sheet, int row, String column, String value, String reason, String kind) {
    }
}
