package org.collegium.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The organisations people may choose on their profile. Identity does not know organisations itself: the module
 * that keeps the directory implements this. Without an implementation, the profile has no organisation field.
 */
public interface OrganisationChoices {

    List<OrganisationChoice> choices();

    Optional<OrganisationChoice> find(UUID id);
}
