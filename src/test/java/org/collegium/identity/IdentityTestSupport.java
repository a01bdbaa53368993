package org.collegium.identity;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.collegium.shared.mail.DevMailbox;
import org.collegium.shared.mail.ReceivedMail;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test data with valid defaults: unique addresses and network addresses, so tests never meet each other's data.
 */
final class IdentityTestSupport {

    static final String PASSWORD = "orbit lantern cobalt meadow";
    static final String SESSION_COOKIE = "COLLEGIUM_SESSION";

    private IdentityTestSupport() {
    }

    static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.collegium.example";
    }

    /** A request from its own random network address, so address-based limits of other tests do not interfere. */
    static RequestPostProcessor fromRandomAddress() {
        String address = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
                + "." + ThreadLocalRandom.current().nextInt(1, 255);
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** The newest mail to the address, waiting a little for the SMTP delivery. */
    static List<ReceivedMail> mailsTo(DevMailbox mailbox, String address, int atLeast) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            List<ReceivedMail> mails = mailbox.messagesTo(address);
            if (mails.size() >= atLeast) {
                return mails;
            }
            Thread.sleep(100);
        }
        return mailbox.messagesTo(address);
    }

    /** The path and query of the first link to the given path in the text. */
    static String link(String text, String path) {
        Matcher matcher = Pattern.compile(Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+").matcher(text);
        if (!matcher.find()) {
            throw new AssertionError("No link to " + path + " in: " + text);
        }
        return matcher.group();
    }

    static Optional<Cookie> sessionCookie(MockHttpServletResponse response) {
        return Optional.ofNullable(response.getCookie(SESSION_COOKIE));
    }

    static String sessionId(Cookie cookie) {
        return new String(Base64.getDecoder().decode(cookie.getValue()));
    }
}
