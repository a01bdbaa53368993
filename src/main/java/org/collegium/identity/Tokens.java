package org.collegium.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Makes and checks the secrets of one-time links: 32 random bytes, of which only the SHA-256 is stored.
 */
@Component
class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountTokenRepository tokens;
    private final Clock clock;

    Tokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Issues a new link secret for the account; the caller mails it, nobody stores it. */
    String issue(AccountId account, AccountToken.Purpose purpose, Duration lifetime) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.save(new AccountToken(account, purpose, hash(secret), clock.instant(), clock.instant().plus(lifetime)));
        return secret;
    }

    Optional<AccountToken> find(String secret, AccountToken.Purpose purpose) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret)).filter(token -> token.purpose() == purpose);
    }

    LinkStatus status(String secret, AccountToken.Purpose purpose) {
        return find(secret, purpose).map(token -> token.statusAt(clock.instant())).orElse(LinkStatus.UNKNOWN);
    }

    /** Spends every unused link of this purpose, for example when one of them was just used. */
    void revokeAll(AccountId account, AccountToken.Purpose purpose) {
        tokens.findByAccountIdAndPurposeAndUsedAtIsNull(account.value(), purpose)
                .forEach(token -> token.revoke(clock.instant()));
    }

    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
