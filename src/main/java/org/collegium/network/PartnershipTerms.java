package org.collegium.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An agreement as it is recorded: who signed what, when and where.
 *
 * @param parties the organisations bound by it, at least two
 * @param objectives in order, in the agreement's original language
 */
public record PartnershipTerms(String title, PartnershipKind kind, PartnershipStatus status, Set<OrganisationId> parties,
        List<String> objectives, LocalDate signedOn, String signedAt, String language) {

    public static final int TITLE_MAX = 300;
    public static final int OBJECTIVE_MAX = 2000;
    public static final int PLACE_MAX = 200;

    public PartnershipTerms {
        parties = Set.copyOf(parties);
        objectives = objectives == null ? List.of() : objectives.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
    }

    void check() {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        if (title == null || title.isBlank() || title.strip().length() > TITLE_MAX) {
            throw new IllegalArgumentException("An agreement needs a title of at most " + TITLE_MAX + " characters");
        }
        if (parties.size() < 2) {
            throw new IllegalArgumentException("An agreement has at least two parties");
        }
        if (objectives.stream().anyMatch(objective -> objective.length() > OBJECTIVE_MAX)) {
            throw new IllegalArgumentException("An objective has at most " + OBJECTIVE_MAX + " characters");
        }
        if (signedAt != null && signedAt.strip().length() > PLACE_MAX) {
            throw new IllegalArgumentException("A place has at most " + PLACE_MAX + " characters");
        }
    }
}
