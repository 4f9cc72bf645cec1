package cn.villagestats.console;

import cn.villagestats.users.ConsoleUserDetails;
import cn.villagestats.users.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The console's front door: a village clerk lands on the village's own page, the others on 报送情况. */
@Controller
@ConditionalOnWebApplication
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal ConsoleUserDetails user) {
        return user.role() == Role.VILLAGE ? "redirect:/villages/" + user.villageCode() : "redirect:/periods";
    }
}
