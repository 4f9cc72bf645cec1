package cn.villagestats.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.villagestats.console.PeriodReturns;
import cn.villagestats.console.ReturnUploads;
import cn.villagestats.console.UploadResult;
import cn.villagestats.operations.ConsoleLevers;
import cn.villagestats.operations.RunView;
import cn.villagestats.reporting.TotalsRepository;
import cn.villagestats.users.AuditLog;
import cn.villagestats.users.ConsoleUserDetails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The routes of {@code /api/v1}; who may call which is set in the API's security chain. */
@RestController
@RequestMapping("/api/v1")
@ConditionalOnWebApplication
class ApiController {

    private final ReturnUploads uploads;
    private final PeriodReturns returns;
    private final TotalsRepository totals;
    private final ConsoleLevers levers;
    private final AuditLog audit;

    ApiController(ReturnUploads uploads, PeriodReturns returns, TotalsRepository totals, ConsoleLevers levers,
                  AuditLog audit) {
        this.uploads = uploads;
        this.returns = returns;
        this.totals = totals;
        this.levers = levers;
        this.audit = audit;
    }

    @PostMapping("/periods/{period}/returns")
    Map<String, Object> upload(@PathVariable String period, @RequestPart("file") MultipartFile file,
                               @AuthenticationPrincipal ConsoleUserDetails user) {
        UploadResult result = uploads.receive(period(period), List.of(file), user).get(0);
        return ApiJson.upload(result);
    }

    @GetMapping("/periods/{period}/villages")
    List<Map<String, Object>> villages(@PathVariable String period, @AuthenticationPrincipal ConsoleUserDetails user) {
        return returns.villages(period(period).toString()).stream().filter(v -> user.maySee(v.code()))
                .map(ApiJson::village).toList();
    }

    @GetMapping("/periods/{period}/totals")
    List<Map<String, Object>> totals(@PathVariable String period) {
        return totals.township(period(period).toString()).stream().map(ApiJson::total).toList();
    }

    @PostMapping("/periods/{period}/runs")
    ResponseEntity<Map<String, Object>> start(@PathVariable String period, @AuthenticationPrincipal ConsoleUserDetails user) {
        long id = levers.start(period(period));
        audit.record(user.getUsername(), "run", period, "run #" + id + " (API)");
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("execution_id", id));
    }

    @GetMapping("/runs/{id}")
    Map<String, Object> run(@PathVariable long id) {
        return ApiJson.run(found(id));
    }

    @PostMapping("/runs/{id}/rerun")
    ResponseEntity<Map<String, Object>> rerun(@PathVariable long id, @AuthenticationPrincipal ConsoleUserDetails user) {
        found(id);
        long rerun = levers.rerun(id);
        audit.record(user.getUsername(), "rerun", "#" + id, "run #" + rerun + " (API)");
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("execution_id", rerun));
    }

    @PostMapping("/runs/{id}/stop")
    Map<String, Object> stop(@PathVariable long id, @AuthenticationPrincipal ConsoleUserDetails user) {
        found(id);
        RunView run = levers.stop(id);
        audit.record(user.getUsername(), "stop", "#" + id, run.status() + " (API)");
        return ApiJson.run(run);
    }

    @PostMapping("/runs/{id}/abandon")
    Map<String, Object> abandon(@PathVariable long id, @AuthenticationPrincipal ConsoleUserDetails user) {
        found(id);
        RunView run = levers.abandon(id);
        audit.record(user.getUsername(), "abandon", "#" + id, run.status() + " (API)");
        return ApiJson.run(run);
    }

    private RunView found(long id) {
        return levers.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "没有编号为 #" + id + " 的作业 / there is no run #" + id));
    }

    private static YearMonth period(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "报告期应写作 2020-12 / a period is written 2020-12");
        }
    }

    static Map<String, Object> error(int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message);
        return body;
    }
}
