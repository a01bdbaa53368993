package org.collegium.exchange;

import java.time.Instant;

import org.collegium.identity.AccountId;

/** A move of a call's deadline, earlier or later, as the call shows it ("new date"). */
public record DeadlineChange(CallDeadline previous, CallDeadline next, Instant changedAt, AccountId changedBy) {
}
