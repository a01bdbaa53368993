package org.collegium.exchange.selection;

import java.util.Map;
import java.util.UUID;

import org.collegium.identity.AccountId;

/** Another reviewer's submitted sheet, shown only to a reviewer who has submitted their own, and to the secretariat. */
public record PeerSheet(AccountId reviewer, Map<UUID, Integer> scores, String comment, double total) {
}
