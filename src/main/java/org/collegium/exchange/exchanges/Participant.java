package org.collegium.exchange.exchanges;

import org.collegium.identity.AccountId;

/**
 * A colleague in an exchange. Participants with the same {@code group} work together: a pair of colleagues with the
 * same job in a mission or placement, a wider group in a round table or study visit.
 *
 * @param account their account, when they have one (then they may read the exchange and are enrolled in its course)
 */
public record Participant(Side side, int group, AccountId account, String name, String organisation, String jobTitle) {
}
