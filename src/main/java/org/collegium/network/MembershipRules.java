package org.collegium.network;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Membership is a hierarchy: an organisation cannot be a member of itself, nor, through others, of one of its own
 * members.
 */
final class MembershipRules {

    private MembershipRules() {
    }

    /**
     * Whether making {@code member} a member of {@code parent} would close a circle.
     *
     * @param parentsOf the organisations the given ones are members of (one query per level)
     */
    static boolean wouldCycle(UUID member, UUID parent, Function<Set<UUID>, Set<UUID>> parentsOf) {
        if (member.equals(parent)) {
            return true;
        }
        Set<UUID> seen = new HashSet<>(Set.of(parent));
        Set<UUID> level = Set.of(parent);
        while (!level.isEmpty()) {
            Set<UUID> next = new HashSet<>(parentsOf.apply(level));
            if (next.contains(member)) {
                return true;
            }
            next.removeAll(seen);
            seen.addAll(next);
            level = next;
        }
        return false;
    }
}
