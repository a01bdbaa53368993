package org.collegium.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The organisations a profile may name, provided by the module that keeps the directory. */
public interface OrganisationChoices {

    List<OrganisationChoice> choices();

    Optional<OrganisationChoice> find(UUID id);
}
