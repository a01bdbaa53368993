package org.collegium.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.collegium.identity.OrganisationChoice;
import org.collegium.identity.OrganisationChoices;
import org.springframework.stereotype.Component;

/**
 * Lets profiles name an organisation of the directory, matched with the directory's own search keys.
 */
@Component
class OrganisationChoicesFromDirectory implements OrganisationChoices {

    private final Directory directory;

    OrganisationChoicesFromDirectory(Directory directory) {
        this.directory = directory;
    }

    @Override
    public List<OrganisationChoice> search(String text, int limit) {
        return directory.suggest(text, limit).stream().map(OrganisationChoicesFromDirectory::choice).toList();
    }

    @Override
    public Optional<OrganisationChoice> find(UUID id) {
        return id == null ? Optional.empty() : directory.find(new OrganisationId(id)).map(OrganisationChoicesFromDirectory::choice);
    }

    @Override
    public Optional<OrganisationChoice> findByName(String nameOrAcronym) {
        return directory.findByName(nameOrAcronym).map(OrganisationChoicesFromDirectory::choice);
    }

    private static OrganisationChoice choice(OrganisationSummary organisation) {
        return new OrganisationChoice(organisation.id().value(), organisation.name(), organisation.country());
    }
}
