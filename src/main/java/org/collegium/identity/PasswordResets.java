package org.collegium.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgotten passwords: a one-time link by mail, valid for an hour. Using it proves the address, so it also
 * confirms the account, kills every other reset link of the account and ends every session signed in to it.
 */
@Service
@Transactional
public class PasswordResets {

    static final Duration LINK_LIFETIME = Duration.ofHours(1);

    private final AccountRepository accounts;
    private final Tokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Throttle throttle;
    private final AccountSessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PasswordResets(AccountRepository accounts, Tokens tokens, PasswordPolicy policy, PasswordEncoder encoder,
            Throttle throttle, AccountSessions sessions, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.throttle = throttle;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Mails a reset link if the address has an account; the caller says the same thing either way.
     *
     * @throws TooManyAttemptsException after too many requests for this address or from this network address
     */
    public void request(String email, String fromAddress) {
        if (throttle.isExhausted(Throttle.Rule.RESET_ADDRESS, fromAddress)
                || !throttle.tryAcquire(Throttle.Rule.RESET_EMAIL, email)) {
            throw new TooManyAttemptsException("password reset");
        }
        throttle.record(Throttle.Rule.RESET_ADDRESS, fromAddress);
        accounts.findByEmailKey(Account.keyOf(email)).ifPresent(account -> {
            String token = tokens.issue(account.id(), AccountToken.Purpose.PASSWORD_RESET, LINK_LIFETIME);
            events.publishEvent(new MailDue.PasswordReset(account.email(), account.displayName(),
                    Registrations.languageOf(account), token));
        });
    }

    @Transactional(readOnly = true)
    public LinkStatus status(String token) {
        return tokens.status(token, AccountToken.Purpose.PASSWORD_RESET);
    }

    /**
     * Sets the new password if the link is still valid.
     *
     * @throws AccountRefusal on the "password" field when the password is refused
     */
    public LinkStatus reset(String token, String newPassword) {
        return tokens.find(token, AccountToken.Purpose.PASSWORD_RESET).map(link -> {
            LinkStatus status = link.statusAt(clock.instant());
            if (status.isValid()) {
                Account account = accounts.findById(link.account().value()).orElseThrow();
                policy.check("password", newPassword, account.email(), account.displayName());
                link.use(clock.instant());
                account.changePassword(encoder.encode(newPassword));
                account.confirm(clock.instant());
                tokens.revokeAll(account.id(), AccountToken.Purpose.PASSWORD_RESET);
                sessions.endAll(account.email());
            }
            return status;
        }).orElse(LinkStatus.UNKNOWN);
    }
}
