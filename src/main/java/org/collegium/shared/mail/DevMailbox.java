package org.collegium.shared.mail;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * An SMTP server inside the application that keeps every message it receives, so that the development
 * profile and the tests send mail over the real protocol and can read what was sent.
 */
public class DevMailbox implements AutoCloseable {

    private final GreenMail server;

    DevMailbox(int port) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        this.server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
        this.server.start();
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Every message received, newest first. */
    public List<ReceivedMail> messages() {
        return Arrays.stream(server.getReceivedMessages())
                .map(DevMailbox::toReceived)
                .sorted(Comparator.comparing(ReceivedMail::sequence).reversed())
                .toList();
    }

    public List<ReceivedMail> messagesTo(String address) {
        return messages().stream().filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    private static ReceivedMail toReceived(MimeMessage message) {
        try {
            return new ReceivedMail(message.getMessageNumber(),
                    message.getAllRecipients()[0].toString(),
                    message.getSubject(),
                    text(message),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant());
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable message in the development mailbox", e);
        }
    }

    /** The decoded text (quoted-printable or base64 as the sender chose), or the raw body of other content. */
    private static String text(MimeMessage message) throws MessagingException {
        try {
            if (message.getContent() instanceof String text) {
                return text.replace("\r\n", "\n");
            }
        } catch (java.io.IOException e) {
            throw new MessagingException("Unreadable message body", e);
        }
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("\r\n", "\n");
    }

    @Override
    public void close() {
        server.stop();
    }
}
