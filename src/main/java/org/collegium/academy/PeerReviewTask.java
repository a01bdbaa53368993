package org.collegium.academy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.collegium.identity.AccountId;

/**
 * A review allocated to the reader: the peer's handed-in text and file, the author unless anonymous, when it is
 * due, and the reader's review once given.
 */
public record PeerReviewTask(PeerReviewId id, ActivityId activity, Optional<AccountId> author, String text,
        UUID file, Instant dueAt, boolean done, List<Integer> levels, String comment) {
}
