package cn.villagestats.users;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Spring Security's view of the console's accounts. */
@Component
class ConsoleUserService implements UserDetailsService {

    private final UserStore users;

    ConsoleUserService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        return users.find(name).map(ConsoleUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
