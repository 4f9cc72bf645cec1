package cn.villagestats.console;

import java.time.YearMonth;
import java.util.function.LongFunction;

import cn.villagestats.operations.ConsoleLevers;
import cn.villagestats.operations.RunRefusedException;
import cn.villagestats.operations.RunView;
import cn.villagestats.users.AuditLog;
import cn.villagestats.users.ConsoleUserDetails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 运行记录: the runs newest first, one run's steps, its progress (polled by the page), and the
 * buttons 立即运行本期, 重新运行, 停止, 放弃, 标记为失败, each through the command line's own levers.
 */
@Controller
@ConditionalOnWebApplication
class RunsController {

    private final ConsoleLevers levers;
    private final AuditLog audit;

    RunsController(ConsoleLevers levers, AuditLog audit) {
        this.levers = levers;
        this.audit = audit;
    }

    @GetMapping("/runs")
    String runs(Model model) {
        model.addAttribute("runs", levers.recent(50));
        model.addAttribute("tonight", levers.tonight().toString());
        return "runs";
    }

    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("run", found(id));
        return "run";
    }

    /** What the page polls while a run is running. */
    @GetMapping("/runs/{id}/progress")
    @ResponseBody
    RunView progress(@PathVariable long id) {
        return found(id);
    }

    @PostMapping("/runs/start")
    String start(@RequestParam(required = false) String period, @AuthenticationPrincipal ConsoleUserDetails user,
                 RedirectAttributes redirect) {
        YearMonth month = period == null || period.isBlank() ? levers.tonight() : ConsoleModel.period(period);
        return lever(user, "run", month.toString(), redirect, "/runs", ignored -> levers.start(month));
    }

    @PostMapping("/runs/{id}/rerun")
    String rerun(@PathVariable long id, @AuthenticationPrincipal ConsoleUserDetails user, RedirectAttributes redirect) {
        return lever(user, "rerun", "#" + id, redirect, "/runs/" + id, levers::rerun);
    }

    @PostMapping("/runs/{id}/stop")
    String stop(@PathVariable long id, @AuthenticationPrincipal ConsoleUserDetails user, RedirectAttributes redirect) {
        return lever(user, "stop", "#" + id, redirect, "/runs/" + id, i -> levers.stop(id).id());
    }

    @PostMapping("/runs/{id}/abandon")
    String abandon(@PathVariable long id, @AuthenticationPrincipal ConsoleUserDetails user, RedirectAttributes redirect) {
        return lever(user, "abandon", "#" + id, redirect, "/runs/" + id, i -> levers.abandon(id).id());
    }

    @PostMapping("/runs/{id}/recover")
    String recover(@PathVariable long id, @AuthenticationPrincipal ConsoleUserDetails user, RedirectAttributes redirect) {
        return lever(user, "recover", "#" + id, redirect, "/runs/" + id, i -> levers.recover(id).id());
    }

    /** Pulls a lever, audits it, and shows the run it acted on, or the refusal in plain words where the user was. */
    private String lever(ConsoleUserDetails user, String action, String target, RedirectAttributes redirect,
                         String refusedAt, LongFunction<Long> pull) {
        long id = target.startsWith("#") ? Long.parseLong(target.substring(1)) : 0;
        try {
            long run = pull.apply(id);
            audit.record(user.getUsername(), action, target, "run #" + run);
            redirect.addFlashAttribute("message", "已执行：作业 #" + run);
            return "redirect:/runs/" + run;
        } catch (RunRefusedException e) {
            audit.record(user.getUsername(), action, target, "refused: " + e.getMessage());
            redirect.addFlashAttribute("refused", e.getMessage());
            return "redirect:" + refusedAt;
        }
    }

    private RunView found(long id) {
        return levers.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "没有编号为 #" + id + " 的作业 / there is no run #" + id));
    }
}
