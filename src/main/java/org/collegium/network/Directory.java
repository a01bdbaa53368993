package org.collegium.network;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network directory as other modules query it.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

    private final OrganisationRepository organisations;

    Directory(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    public Optional<OrganisationSummary> find(OrganisationId id) {
        return organisations.findById(id.value()).map(Organisation::toSummary);
    }

    public Optional<OrganisationSummary> findBySlug(String slug) {
        return organisations.findBySlug(slug).map(Organisation::toSummary);
    }

    /** Many organisations in one query, for list pages. */
    public Map<OrganisationId, OrganisationSummary> findAll(Collection<OrganisationId> ids) {
        return organisations.findByIdIn(ids.stream().map(OrganisationId::value).toList()).stream()
                .map(Organisation::toSummary)
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }
}
