package org.collegium.academy.certificate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The learner's identity as an Open Badges 3.0 credential states it without publishing the address: the
 * SHA-256 of the e-mail address (trimmed, in lower case) followed by a random salt, written {@code sha256$<hex>}
 * (the IdentityObject's {@code identityHash}, with {@code hashed: true}, {@code identityType: "emailAddress"} and
 * the salt). Whoever knows the address and the salt can prove it is theirs.
 */
record SubjectIdentity(String hash, String salt) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static SubjectIdentity of(String email) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return of(email, HexFormat.of().formatHex(salt));
    }

    static SubjectIdentity of(String email, String salt) {
        return new SubjectIdentity(hash(email, salt), salt);
    }

    boolean matches(String email) {
        return MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                hash(email, salt).getBytes(StandardCharsets.US_ASCII));
    }

    private static String hash(String email, String salt) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String input = email.strip().toLowerCase(Locale.ROOT) + salt;
            return "sha256$" + HexFormat.of().formatHex(sha256.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
