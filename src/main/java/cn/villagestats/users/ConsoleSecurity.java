package cn.villagestats.users;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open what. The API ({@code /api/**}) signs in by bearer token, keeps no session and
 * answers 401 / 403 in JSON; the pages sign in by form, with CSRF protection and a session
 * cookie (HttpOnly, SameSite: server.servlet.session.cookie.*). Whether a village user may see
 * one village is decided where the village is known, by {@link ConsoleUserDetails#maySee}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleSecurity {

    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, UserStore users) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable()) // no cookie is ever honoured here: a bearer token cannot be forged by a page
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new BearerTokenFilter(users), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/periods/*/returns").hasAnyRole("OPERATOR", "VILLAGE")
                        .requestMatchers(HttpMethod.GET, "/api/v1/periods/*/villages").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/periods/*/totals").hasAnyRole("OPERATOR", "COUNTY")
                        .requestMatchers(HttpMethod.POST, "/api/v1/periods/*/runs", "/api/v1/runs/**").hasRole("OPERATOR")
                        .requestMatchers(HttpMethod.GET, "/api/v1/runs/**").hasAnyRole("OPERATOR", "COUNTY")
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> json(response, 401,
                                "需要有效的令牌 / a valid bearer token is required"))
                        .accessDeniedHandler((request, response, ex) -> json(response, 403,
                                "无权访问 / this token's user may not do this")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, LoginLock lock) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        return http
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/error", "/favicon.ico").permitAll()
                        // a monitor polls serve's health without an account (README, "Health of serve")
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/runs/**").hasRole("OPERATOR")
                        .requestMatchers("/runs/**", "/exports/**", "/periods/**").hasAnyRole("OPERATOR", "COUNTY")
                        .requestMatchers("/audit/**").hasRole("OPERATOR")
                        .requestMatchers("/upload/**").hasAnyRole("OPERATOR", "VILLAGE")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(lock)
                        .successHandler((request, response, authentication) -> {
                            lock.succeeded(authentication.getName());
                            success.onAuthenticationSuccess(request, response, authentication);
                        }).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .build();
    }

    private static void json(jakarta.servlet.http.HttpServletResponse response, int status, String message)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + message + "\"}");
    }
}
