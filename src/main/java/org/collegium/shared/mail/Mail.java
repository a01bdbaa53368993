package org.collegium.shared.mail;

/**
 * A plain-text message to one person, already written in their language.
 */
public record Mail(String to, String subject, String text) {
}
