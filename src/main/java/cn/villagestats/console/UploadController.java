package cn.villagestats.console;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import cn.villagestats.operations.ConsoleLevers;
import cn.villagestats.users.ConsoleUserDetails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** 上传: one or many returns into the period's inbox, each answered at once with its outcome, problems and feedback. */
@Controller
@ConditionalOnWebApplication
class UploadController {

    private final ReturnUploads uploads;
    private final ConsoleLevers levers;

    UploadController(ReturnUploads uploads, ConsoleLevers levers) {
        this.uploads = uploads;
        this.levers = levers;
    }

    @GetMapping("/upload")
    String form(Model model) {
        model.addAttribute("period", levers.tonight().toString());
        model.addAttribute("results", List.of());
        return "upload";
    }

    @PostMapping("/upload")
    String upload(@RequestParam String period, @RequestParam("files") List<MultipartFile> files,
                  @AuthenticationPrincipal ConsoleUserDetails user, Model model) {
        YearMonth month = ConsoleModel.period(period);
        List<MultipartFile> chosen = files.stream().filter(f -> !f.isEmpty()).toList();
        model.addAttribute("period", month.toString());
        model.addAttribute("results", chosen.isEmpty() ? List.of() : uploads.receive(month, chosen, user));
        model.addAttribute("nothing", chosen.isEmpty());
        return "upload";
    }

    @GetMapping("/upload/feedback/{period}/{name}")
    ResponseEntity<Resource> feedback(@PathVariable String period, @PathVariable String name,
                                      @AuthenticationPrincipal ConsoleUserDetails user) {
        Path file = uploads.feedback(ConsoleModel.period(period), name, user).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.NOT_FOUND, "没有这份反馈表 / no such feedback"));
        return Downloads.xlsx(new FileSystemResource(file), "反馈-" + name);
    }

    @ExceptionHandler(ForeignReturnException.class)
    ModelAndView foreign(ForeignReturnException e) {
        ModelAndView page = new ModelAndView("upload-refused", HttpStatus.FORBIDDEN);
        page.addObject("user", ConsoleModel.currentUser());
        page.addObject("reason", e.getMessage());
        return page;
    }
}
