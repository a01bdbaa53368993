package org.collegium.academy;

import java.util.List;

import org.collegium.shared.mail.DevMailbox;
import org.collegium.shared.mail.ReceivedMail;

/**
 * Every enrolment now mails its learner; tests about other mails leave those out with this.
 */
public final class EnrolmentAcceptedMails {

    private static final List<String> SUBJECTS = List.of("You are enrolled in ", "Vous êtes inscrit à ",
            "Está inscrito en ");

    private EnrolmentAcceptedMails() {
    }

    public static boolean isOne(ReceivedMail mail) {
        return SUBJECTS.stream().anyMatch(mail.subject()::startsWith);
    }

    /** The mails to the address but those telling of an accepted enrolment. */
    public static List<ReceivedMail> otherMailsTo(DevMailbox mailbox, String address) {
        return mailbox.messagesTo(address).stream().filter(mail -> !isOne(mail)).toList();
    }
}
