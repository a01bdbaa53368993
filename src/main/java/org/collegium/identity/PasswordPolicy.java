package org.collegium.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: long enough, not too long to hash, and not guessable
 * (common passwords, keyboard patterns, the person's own name or address), as zxcvbn estimates it.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final int MIN_SCORE = 3;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** The message code explaining why this password is refused, if it is. */
    Optional<String> refusal(String password, String email, String displayName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("identity.password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("identity.password.too-long");
        }
        if (zxcvbn.measure(password, personalWords(email, displayName)).getScore() < MIN_SCORE) {
            return Optional.of("identity.password.guessable");
        }
        return Optional.empty();
    }

    /** The address and name, whole and word by word, so that "stojanovska2024" counts as guessable for Ana. */
    static List<String> personalWords(String email, String displayName) {
        return Stream.of(email, displayName).filter(Objects::nonNull)
                .flatMap(text -> Stream.concat(Stream.of(text), Arrays.stream(text.split("[^\\p{L}\\p{N}]+"))))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .filter(word -> word.length() > 2)
                .distinct()
                .toList();
    }

    /** Refuses the password as a field error on the named form field. */
    void check(String field, String password, String email, String displayName) {
        refusal(password, email, displayName).ifPresent(code -> {
            throw new AccountRefusal(field, code);
        });
    }
}
