package org.collegium.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.collegium.identity.OrganisationChoice;
import org.collegium.identity.OrganisationChoices;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets profiles name an organisation of the directory, matched with the directory's own search keys.
 */
@Component
@Transactional(readOnly = true)
class OrganisationChoicesFromDirectory implements OrganisationChoices {

    static final int MAX_SUGGESTIONS = 50;

    private final OrganisationRepository organisations;

    OrganisationChoicesFromDirectory(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<OrganisationChoice> search(String text, int limit) {
        if (text == null || SearchKeys.of(text).isEmpty() || limit <= 0) {
            return List.of();
        }
        return organisations.findBySearchKeyLike(SearchKeys.containing(text), Limit.of(Math.min(limit, MAX_SUGGESTIONS)))
                .stream().map(OrganisationChoicesFromDirectory::choice).toList();
    }

    @Override
    public Optional<OrganisationChoice> find(UUID id) {
        return id == null ? Optional.empty() : organisations.findById(id).map(OrganisationChoicesFromDirectory::choice);
    }

    @Override
    public Optional<OrganisationChoice> findByName(String nameOrAcronym) {
        String key = nameOrAcronym == null ? "" : SearchKeys.of(nameOrAcronym);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        // The stored key joins name and acronym, so the exact name starts it and the exact acronym ends it; the
        // candidates are narrowed in SQL and matched exactly here.
        String escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        List<Organisation> matches = organisations.findNameCandidates(key, escaped + " %", "% " + escaped).stream()
                .filter(o -> key.equals(SearchKeys.of(o.name()))
                        || (o.acronym() != null && key.equals(SearchKeys.of(o.acronym()))))
                .toList();
        return matches.size() == 1 ? Optional.of(choice(matches.getFirst())) : Optional.empty();
    }

    private static OrganisationChoice choice(Organisation organisation) {
        return new OrganisationChoice(organisation.uuid(), organisation.name(), organisation.country());
    }
}
