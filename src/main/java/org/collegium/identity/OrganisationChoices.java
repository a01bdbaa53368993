package org.collegium.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisations people may name on their profile. Identity does not know organisations itself: the module
 * that keeps the directory implements this. Without an implementation, the profile has no organisation field.
 * The directory may hold tens of thousands of organisations, so they are looked up, never listed.
 */
public interface OrganisationChoices {

    /** At most {@code limit} organisations whose name or acronym contains the text, by name; none for blank text. */
    List<OrganisationChoice> search(String text, int limit);

    Optional<OrganisationChoice> find(UUID id);

    /**
     * The one organisation whose name or acronym is exactly the text, ignoring case, accents and spacing; empty when
     * none or several match.
     */
    Optional<OrganisationChoice> findByName(String nameOrAcronym);
}
