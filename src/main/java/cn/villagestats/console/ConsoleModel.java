package cn.villagestats.console;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import cn.villagestats.users.ConsoleUserDetails;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ResponseStatusException;

/** What every page needs: the signed-in user (for the menu), the period asked for, and the village check. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
@ConditionalOnWebApplication
class ConsoleModel {

    @ModelAttribute("user")
    ConsoleUserDetails user(@AuthenticationPrincipal ConsoleUserDetails user) {
        return user;
    }

    /** The signed-in user for a page an exception handler renders (model attributes are not added there). */
    static ConsoleUserDetails currentUser() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ConsoleUserDetails user ? user : null;
    }

    /** The period a page or route names, such as 2020-12; anything else is a bad request. */
    static YearMonth period(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "报告期应写作 2020-12 / a period is written 2020-12");
        }
    }

    /** A village user sees its own village only: another's pages, files and rows are forbidden (403). */
    static void checkVillage(ConsoleUserDetails user, String villageCode) {
        if (!user.maySee(villageCode)) {
            throw new AccessDeniedException("village " + villageCode + " is not this user's");
        }
    }
}
