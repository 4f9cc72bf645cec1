package cn.villagestats.users;

import java.io.PrintStream;

import cn.villagestats.registry.VillageRegistry;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The {@code user add | token | list | disable} commands of the command line. */
@Component
public class UserCommands {

    static final int MIN_PASSWORD_LENGTH = 8;

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final VillageRegistry registry;

    UserCommands(UserStore users, PasswordEncoder passwords, VillageRegistry registry) {
        this.users = users;
        this.passwords = passwords;
        this.registry = registry;
    }

    /** Adds an account; the password is the one line read from standard input. */
    public void add(String name, String roleCode, String villageCode, String password, PrintStream out) {
        if (name == null || !name.matches("[\\p{L}\\p{N}_.@-]{1,64}")) {
            throw new UserRefusedException("用户名只能由字母、数字和 _ . @ - 组成，最长64个字符 / a user name is 1 to 64 "
                    + "letters, digits or _ . @ -");
        }
        Role role;
        try {
            role = Role.of(roleCode);
        } catch (IllegalArgumentException e) {
            throw new UserRefusedException("角色只能是 operator、village 或 county / " + e.getMessage());
        }
        if (role == Role.VILLAGE && villageCode == null) {
            throw new UserRefusedException("村级用户要用 --village 指定村代码 / a village user needs --village CODE");
        }
        if (role != Role.VILLAGE && villageCode != null) {
            throw new UserRefusedException("只有村级用户绑定村代码 / only a village user takes --village");
        }
        if (villageCode != null && registry.find(villageCode).isEmpty()) {
            throw new UserRefusedException("村代码" + villageCode + "不在村名册中 / village code " + villageCode
                    + " is not in the registry");
        }
        if (password == null || password.strip().length() < MIN_PASSWORD_LENGTH) {
            throw new UserRefusedException("密码至少" + MIN_PASSWORD_LENGTH + "个字符，从标准输入读一行 / the password "
                    + "(one line on standard input) must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (users.find(name).isPresent()) {
            throw new UserRefusedException("用户" + name + "已存在 / user " + name + " exists already");
        }
        users.add(name, passwords.encode(password.strip()), role, villageCode);
        out.printf("Added user %s (%s%s)%n", name, role.code(), villageCode == null ? "" : ", village " + villageCode);
    }

    /** Prints a new API token for the user, once: only its hash is kept. */
    public void token(String name, PrintStream out) {
        ConsoleUser user = users.find(name).filter(ConsoleUser::enabled).orElseThrow(() -> new UserRefusedException(
                "没有启用的用户" + name + " / there is no enabled user " + name));
        out.println(users.newToken(user));
    }

    public void list(PrintStream out) {
        out.printf("%-24s %-9s %-13s %s%n", "NAME", "ROLE", "VILLAGE", "STATE");
        for (ConsoleUser user : users.all()) {
            out.printf("%-24s %-9s %-13s %s%n", user.name(), user.role().code(),
                    user.villageCode() == null ? "-" : user.villageCode(),
                    !user.enabled() ? "disabled" : user.lockedAt(java.time.LocalDateTime.now()) ? "locked" : "enabled");
        }
    }

    public void disable(String name, PrintStream out) {
        if (!users.disable(name)) {
            throw new UserRefusedException("没有用户" + name + " / there is no user " + name);
        }
        out.printf("Disabled user %s; its API tokens no longer work%n", name);
    }
}
