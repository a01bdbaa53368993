package org.collegium.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.collegium.shared.Chunks;
import org.collegium.shared.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network directory as pages, the API and other modules query it.
 */
@Service
@Transactional(readOnly = true)
public class Directory {

    static final int MAX_SUGGESTIONS = 50;

    private final OrganisationRepository organisations;
    private final PartnershipRepository partnerships;
    private final OrganisationViews views;

    Directory(OrganisationRepository organisations, PartnershipRepository partnerships, OrganisationViews views) {
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.views = views;
    }

    public Optional<OrganisationSummary> find(OrganisationId id) {
        return organisations.findById(id.value()).map(Organisation::toSummary);
    }

    public Optional<OrganisationSummary> findBySlug(String slug) {
        return organisations.findBySlug(slug).map(Organisation::toSummary);
    }

    /** At most {@code limit} organisations whose name or acronym contains the text, by name; none for blank text. */
    public List<OrganisationSummary> suggest(String text, int limit) {
        if (text == null || SearchKeys.of(text).isEmpty() || limit <= 0) {
            return List.of();
        }
        return organisations.findBySearchKeyLike(SearchKeys.containing(text), Limit.of(Math.min(limit, MAX_SUGGESTIONS)))
                .stream().map(Organisation::toSummary).toList();
    }

    /**
     * The one organisation whose name or acronym is exactly the text, ignoring case, accents and spacing; empty when
     * none or several match.
     */
    public Optional<OrganisationSummary> findByName(String nameOrAcronym) {
        List<OrganisationSummary> matches = findAllByName(nameOrAcronym);
        return matches.size() == 1 ? Optional.of(matches.getFirst()) : Optional.empty();
    }

    /**
     * Every organisation whose name or acronym is exactly the text, ignoring case, accents and spacing, by name: the
     * candidates a form shows when a name is not enough to tell organisations apart.
     */
    public List<OrganisationSummary> findAllByName(String nameOrAcronym) {
        String key = nameOrAcronym == null ? "" : SearchKeys.of(nameOrAcronym);
        if (key.isEmpty()) {
            return List.of();
        }
        // The stored key joins name and acronym, so the exact name starts it and the exact acronym ends it; the
        // candidates are narrowed in SQL and matched exactly here.
        String escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return organisations.findNameCandidates(key, escaped + " %", "% " + escaped).stream()
                .filter(o -> key.equals(SearchKeys.of(o.name()))
                        || (o.acronym() != null && key.equals(SearchKeys.of(o.acronym()))))
                .sorted(Comparator.comparing(Organisation::name).thenComparing(Organisation::uuid))
                .map(Organisation::toSummary)
                .toList();
    }

    /** Many organisations, one query per {@link Chunks#SIZE} ids, for list pages. */
    public Map<OrganisationId, OrganisationSummary> findAll(Collection<OrganisationId> ids) {
        return Chunks.list(ids.stream().map(OrganisationId::value).toList(), organisations::findByIdIn).stream()
                .map(Organisation::toSummary)
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    /** One page of the organisations that match, by name; a count query and a page query. */
    public Page<DirectoryEntry> search(DirectoryQuery query, int page, int size) {
        PageRequest request = PageRequest.of(Math.max(page, 0), size, Sort.by("name", "id"));
        return organisations.findAll(matching(query), request).map(OrganisationViews::entry);
    }

    /** The countries that at least one organisation is in, as ISO codes. */
    public List<String> countriesInUse() {
        return organisations.findCountriesInUse();
    }

    /** Everything an organisation's page shows. */
    public OrganisationView profile(String slug) {
        Organisation organisation = organisations.findWithDescriptionBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Organisation " + slug));
        return views.of(organisation);
    }

    /** The details and description editors start from. */
    public Optional<OrganisationDetails> details(OrganisationId id) {
        return organisations.findById(id.value()).map(Organisation::details);
    }

    public PartnershipView partnership(PartnershipId id) {
        Partnership partnership = partnerships.findWithParties(id.value())
                .orElseThrow(() -> new NotFoundException("Partnership " + id.value()));
        List<String> objectives = partnerships.findWithObjectives(id.value()).map(Partnership::objectives).orElse(List.of());
        PartnershipSummary summary = views.summary(partnership, views.organisationsById(partnership.parties()));
        return new PartnershipView(summary, objectives, partnership.originalLanguage());
    }

    /** The focal points of an organisation (names only on public pages). */
    public List<FocalPointView> focalPoints(OrganisationId id) {
        return views.focalPoints(id);
    }

    private static Specification<Organisation> matching(DirectoryQuery query) {
        return (root, criteria, builder) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!query.text().isEmpty()) {
                predicates.add(builder.like(root.get("searchKey"), SearchKeys.containing(query.text()), '\\'));
            }
            if (query.kind() != null) {
                predicates.add(builder.equal(root.get("kind"), query.kind()));
            }
            if (query.country() != null) {
                predicates.add(builder.equal(root.get("country"), query.country()));
            }
            return builder.and(predicates.toArray(Predicate[]::new));
        };
    }


}
