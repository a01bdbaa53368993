package org.collegium.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.collegium.identity.OrganisationChoice;
import org.collegium.identity.OrganisationChoices;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets profiles name an organisation of the directory.
 */
@Component
@Transactional(readOnly = true)
class OrganisationChoicesFromDirectory implements OrganisationChoices {

    private final OrganisationRepository organisations;

    OrganisationChoicesFromDirectory(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<OrganisationChoice> choices() {
        return organisations.findAll(Sort.by("name")).stream().map(OrganisationChoicesFromDirectory::choice).toList();
    }

    @Override
    public Optional<OrganisationChoice> find(UUID id) {
        return id == null ? Optional.empty() : organisations.findById(id).map(OrganisationChoicesFromDirectory::choice);
    }

    private static OrganisationChoice choice(Organisation organisation) {
        return new OrganisationChoice(organisation.uuid(), organisation.name(), organisation.country());
    }
}
