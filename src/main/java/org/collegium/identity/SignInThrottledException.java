package org.collegium.identity;

import java.io.Serial;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.security.core.AuthenticationException;

/**
 * Sign-in refused before the password was even checked, because of too many recent failures.
 */
class SignInThrottledException extends AuthenticationException implements MessageSourceResolvable {

    @Serial
    private static final long serialVersionUID = 1L;

    SignInThrottledException() {
        super("Too many failed sign-in attempts");
    }

    @Override
    public String[] getCodes() {
        return new String[] {"identity.sign-in.throttled"};
    }

    @Override
    public Object[] getArguments() {
        return new Object[] {Throttle.Rule.SIGN_IN_EMAIL.window.toMinutes()};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
