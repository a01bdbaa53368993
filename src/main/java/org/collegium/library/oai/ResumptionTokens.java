package org.collegium.library.oai;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.collegium.library.resource.HarvestPosition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes and reads resumption tokens. A token carries its own state (no table to clean up) and is signed with
 * HMAC-SHA256, so a harvester cannot change it, and it expires. Several nodes need the same key
 * ({@code collegium.library.oai.secret}); without one, each node makes its own at start-up and its tokens end
 * with it.
 */
@Component
class ResumptionTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final String VERSION = "1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;
    private final Clock clock;

    ResumptionTokens(@Value("${collegium.library.oai.secret:}") String configuredKey, Clock clock) {
        byte[] secret = configuredKey.isBlank() ? randomKey() : configuredKey.getBytes(StandardCharsets.UTF_8);
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.clock = clock;
    }

    String write(ResumptionToken token) {
        List<String> fields = List.of(VERSION, text(token.metadataPrefix()), text(token.from()), text(token.until()),
                text(token.set()), Long.toString(token.cursor()), token.after().changedAt().toString(),
                token.after().id().toString(), Long.toString(token.expires().getEpochSecond()));
        String payload = ENCODER.encodeToString(String.join("\n", fields).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The token's state, if it is one this repository wrote, unchanged and not expired. */
    ResumptionToken read(String value) {
        try {
            int dot = value.indexOf('.');
            if (dot < 0 || !MessageDigest.isEqual(sign(value.substring(0, dot)), DECODER.decode(value.substring(dot + 1)))) {
                throw OaiError.badResumptionToken();
            }
            String[] fields = new String(DECODER.decode(value.substring(0, dot)), StandardCharsets.UTF_8).split("\n", -1);
            if (fields.length != 9 || !VERSION.equals(fields[0])) {
                throw OaiError.badResumptionToken();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(fields[8]));
            if (!clock.instant().isBefore(expires)) {
                throw OaiError.badResumptionToken();
            }
            return new ResumptionToken(nullable(fields[1]), nullable(fields[2]), nullable(fields[3]),
                    nullable(fields[4]), Long.parseLong(fields[5]),
                    new HarvestPosition(Instant.parse(fields[6]), UUID.fromString(fields[7])), expires);
        } catch (IllegalArgumentException | java.time.DateTimeException malformed) {
            throw OaiError.badResumptionToken();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String nullable(String value) {
        return value.isEmpty() ? null : value;
    }

    private static byte[] randomKey() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
