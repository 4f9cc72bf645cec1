package cn.villagestats.console;

import java.nio.file.Path;
import java.time.YearMonth;

import cn.villagestats.operations.ConsoleLevers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** 导出: the period's export files as the night wrote them (totals CSV and xlsx, returns, rejected rows). */
@Controller
@ConditionalOnWebApplication
class ExportsController {

    private final ConsoleFolders folders;
    private final ConsoleLevers levers;

    ExportsController(ConsoleFolders folders, ConsoleLevers levers) {
        this.folders = folders;
        this.levers = levers;
    }

    @GetMapping("/exports")
    String exports(@RequestParam(required = false) String period, Model model) {
        YearMonth month = period == null || period.isBlank() ? levers.tonight() : ConsoleModel.period(period);
        model.addAttribute("period", month.toString());
        model.addAttribute("files", folders.exports(month).stream().map(p -> p.getFileName().toString()).toList());
        return "exports";
    }

    /** Only a file the listing names is sent: the name is looked up, never resolved as a path. */
    @GetMapping("/exports/{period}/{name}")
    ResponseEntity<Resource> download(@PathVariable String period, @PathVariable String name) {
        Path file = folders.exports(ConsoleModel.period(period)).stream()
                .filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这个导出文件 / no such export"));
        return Downloads.file(new FileSystemResource(file), name, name.endsWith(".csv") ? Downloads.CSV : Downloads.XLSX);
    }
}
