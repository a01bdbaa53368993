package org.collegium.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import org.collegium.shared.i18n.UiLanguages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People registering themselves: an unconfirmed account, confirmed by a link sent to the address.
 * The visitor is told the same whether or not the address already had an account; its owner is told by mail.
 */
@Service
@Transactional
public class Registrations {

    static final Duration CONFIRMATION_LIFETIME = Duration.ofHours(48);

    private final AccountRepository accounts;
    private final Tokens tokens;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Throttle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registrations(AccountRepository accounts, Tokens tokens, PasswordPolicy policy, PasswordEncoder encoder,
            Throttle throttle, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.policy = policy;
        this.encoder = encoder;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers, or tells the owner of an address already registered.
     *
     * @throws AccountRefusal on the "password" field when the password is refused
     * @throws TooManyAttemptsException after too many registrations from the same network address
     */
    public void register(String email, String displayName, String password, Locale language, String fromAddress) {
        policy.check("password", password, email, displayName);
        if (!throttle.tryAcquire(Throttle.Rule.REGISTRATION_ADDRESS, fromAddress)) {
            throw new TooManyAttemptsException("registration");
        }
        Locale chosen = UiLanguages.supported(language).orElse(UiLanguages.DEFAULT);
        String hash = encoder.encode(password);
        accounts.findByEmailKey(Account.keyOf(email)).ifPresentOrElse(
                existing -> events.publishEvent(new MailDue.AddressAlreadyRegistered(existing.email(),
                        existing.displayName(), languageOf(existing))),
                () -> {
                    Account account = accounts.save(new Account(email, displayName, hash, chosen, clock.instant()));
                    sendConfirmation(account);
                });
    }

    /** Confirms the address whose link this is. */
    public LinkStatus confirm(String token) {
        return tokens.find(token, AccountToken.Purpose.CONFIRMATION).map(link -> {
            LinkStatus status = link.statusAt(clock.instant());
            if (status.isValid()) {
                link.use(clock.instant());
                accounts.findById(link.account().value()).ifPresent(account -> account.confirm(clock.instant()));
            }
            return status;
        }).orElse(LinkStatus.UNKNOWN);
    }

    /** Sends a new confirmation link if the address has an account still waiting for one; says nothing either way. */
    public void resendConfirmation(String email, String fromAddress) {
        if (!throttle.tryAcquire(Throttle.Rule.REGISTRATION_ADDRESS, fromAddress)) {
            throw new TooManyAttemptsException("confirmation");
        }
        accounts.findByEmailKey(Account.keyOf(email)).filter(account -> !account.isConfirmed())
                .ifPresent(this::sendConfirmation);
    }

    private void sendConfirmation(Account account) {
        String token = tokens.issue(account.id(), AccountToken.Purpose.CONFIRMATION, CONFIRMATION_LIFETIME);
        events.publishEvent(new MailDue.Confirmation(account.email(), account.displayName(), languageOf(account), token));
    }

    static Locale languageOf(Account account) {
        return account.uiLanguage().flatMap(UiLanguages::supported).orElse(UiLanguages.DEFAULT);
    }
}
