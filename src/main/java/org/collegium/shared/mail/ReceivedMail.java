package org.collegium.shared.mail;

import java.time.Instant;

/**
 * A message as the development mailbox received it.
 */
public record ReceivedMail(int sequence, String to, String subject, String text, Instant sentAt) {
}
