package cn.villagestats.console;

import cn.villagestats.users.AuditLog;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 审计: who uploaded, ran, reran, stopped or abandoned what, and when. */
@Controller
@ConditionalOnWebApplication
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String audit(Model model) {
        model.addAttribute("events", audit.recent(200));
        return "audit";
    }
}
