package org.collegium.identity;

import java.util.Locale;

/**
 * A mail the identity module owes someone; sent once the transaction that decided it has committed.
 */
sealed interface MailDue {

    String to();

    String name();

    Locale language();

    /** A confirmation link for a new account. */
    record Confirmation(String to, String name, Locale language, String token) implements MailDue {
    }

    /** Someone tried to register with an address that already has an account. */
    record AddressAlreadyRegistered(String to, String name, Locale language) implements MailDue {
    }

    /** A password reset link. */
    record PasswordReset(String to, String name, Locale language, String token) implements MailDue {
    }
}
