package org.collegium.academy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.collegium.identity.AccountId;

/** A peer review of the reader's submission: by whom unless anonymous, the levels, points and comment. */
public record ReceivedReview(Optional<AccountId> reviewer, List<Integer> levels, Integer points, String comment,
        Instant submittedAt) {
}
