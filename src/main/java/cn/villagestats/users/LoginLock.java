package cn.villagestats.users;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Counts wrong passwords: after {@code villagestats.console.max-failed-logins} in a row the
 * account is locked for {@code villagestats.console.lock-minutes}; a good login clears the count.
 */
@Component
@ConditionalOnWebApplication
class LoginLock extends SimpleUrlAuthenticationFailureHandler {

    private final UserStore users;
    private final AuditLog audit;
    private final int maxFailures;
    private final Duration lock;

    LoginLock(UserStore users, AuditLog audit, @Value("${villagestats.console.max-failed-logins:5}") int maxFailures,
              @Value("${villagestats.console.lock-minutes:15}") long lockMinutes) {
        super("/login?error");
        this.users = users;
        this.audit = audit;
        this.maxFailures = maxFailures;
        this.lock = Duration.ofMinutes(lockMinutes);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
        String name = request.getParameter("username");
        if (name != null && exception instanceof BadCredentialsException) {
            users.recordFailedLogin(name, maxFailures, LocalDateTime.now().plus(lock));
        }
        if (exception instanceof LockedException && name != null) {
            audit.record(name, "login-locked", null, "account locked");
            getRedirectStrategy().sendRedirect(request, response, "/login?locked");
            return;
        }
        super.onAuthenticationFailure(request, response, exception);
    }

    void succeeded(String name) {
        users.recordGoodLogin(name);
    }
}
