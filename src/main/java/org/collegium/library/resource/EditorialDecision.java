package org.collegium.library.resource;

import java.time.Instant;

import org.collegium.identity.AccountId;

/** A step of a resource's editorial history, as its submitter and editors read it. */
public record EditorialDecision(EditorialAction action, AccountId actor, String note, Instant decidedAt) {
}
