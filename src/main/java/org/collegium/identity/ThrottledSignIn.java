package org.collegium.identity;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in by address and password, refused without looking at the password after too many recent failures for
 * the address or from the network address. "Not yet confirmed" is only said to someone who knows the password.
 */
@Component
class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final Throttle throttle;

    ThrottledSignIn(UserDetailsService accounts, PasswordEncoder encoder, Throttle throttle) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setPreAuthenticationChecks(user -> { });
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Address not yet confirmed");
            }
        });
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = String.valueOf(authentication.getName());
        String address = remoteAddress(authentication);
        if (throttle.isExhausted(Throttle.Rule.SIGN_IN_EMAIL, email)
                || throttle.isExhausted(Throttle.Rule.SIGN_IN_ADDRESS, address)) {
            throw new SignInThrottledException();
        }
        try {
            return passwords.authenticate(authentication);
        } catch (BadCredentialsException failure) {
            throttle.record(Throttle.Rule.SIGN_IN_EMAIL, email);
            throttle.record(Throttle.Rule.SIGN_IN_ADDRESS, address);
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
