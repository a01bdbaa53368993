package org.collegium.library.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collegium.library.Creator;
import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * Links the organisations a resource form names to the directory's, as an authority list: a typed name that is
 * exactly one organisation's name or acronym (case, accents and spacing ignored) is linked and takes the directory's
 * name; a name no organisation has stays free text; a name several have is refused next to its row, which then
 * offers the candidates to choose from. The directory is searched one name at a time, so the form never carries
 * the whole directory.
 */
@Component
class CreatorLinks {

    /** An organisation a refused name could mean, labelled with its country when it has one. */
    public record Candidate(String id, String label) {
    }

    private final Directory directory;

    CreatorLinks(Directory directory) {
        this.directory = directory;
    }

    /** Fills in the directory's pages of linked rows; a link to an organisation no longer in it is dropped. */
    void show(ResourceForm form) {
        Map<OrganisationId, OrganisationSummary> known = linkedIn(form);
        for (CreatorRow row : form.getCreators()) {
            OrganisationSummary organisation = row.organisationId() == null ? null : known.get(row.organisationId());
            if (organisation == null || row.getKind() != Creator.Kind.ORGANISATION) {
                row.unlink();
            } else {
                row.link(organisation.id(), row.getName() == null ? organisation.name() : row.getName(),
                        organisation.slug());
            }
        }
    }

    /**
     * Links each organisation row to the directory; false, with an error on each row whose name several
     * organisations have, when the form cannot be saved as it is.
     */
    boolean resolve(ResourceForm form, BindingResult result, Locale locale) {
        boolean resolved = true;
        Map<OrganisationId, OrganisationSummary> known = linkedIn(form);
        List<CreatorRow> rows = form.getCreators();
        for (int i = 0; i < rows.size(); i++) {
            CreatorRow row = rows.get(i);
            if (row.isEmpty() || row.getKind() != Creator.Kind.ORGANISATION) {
                row.unlink();
                continue;
            }
            OrganisationSummary linked = row.organisationId() == null ? null : known.get(row.organisationId());
            if (linked != null) {
                row.link(linked.id(), linked.name(), linked.slug());
                continue;
            }
            row.unlink();
            List<OrganisationSummary> matches = directory.findAllByName(row.getName());
            if (matches.size() == 1) {
                OrganisationSummary only = matches.getFirst();
                row.link(only.id(), only.name(), only.slug());
            } else if (matches.size() > 1) {
                List<Candidate> candidates = matches.stream().map(match -> candidate(match, locale)).toList();
                row.offer(candidates);
                result.rejectValue("creators[" + i + "].name", "editorial.refusal.creatorAmbiguous",
                        new Object[] {row.getName().strip(),
                                candidates.stream().map(Candidate::label).collect(Collectors.joining("; "))},
                        "editorial.refusal.creatorAmbiguous");
                resolved = false;
            }
        }
        return resolved;
    }

    /**
     * Links a row to the candidate its button names ({@code creator:2:<id>}); false when the value is unreadable or
     * names no organisation of the directory.
     */
    boolean choose(ResourceForm form, String choice) {
        String[] parts = choice == null ? new String[0] : choice.split(":");
        if (parts.length != 3 || !"creator".equals(parts[0]) || !parts[1].matches("\\d{1,3}")) {
            return false;
        }
        int index = Integer.parseInt(parts[1]);
        if (index >= form.getCreators().size()) {
            return false;
        }
        OrganisationSummary organisation;
        try {
            organisation = directory.find(new OrganisationId(UUID.fromString(parts[2]))).orElse(null);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        if (organisation == null) {
            return false;
        }
        form.getCreators().get(index).link(organisation.id(), organisation.name(), organisation.slug());
        return true;
    }

    /** The directory's organisations the form's rows are linked to, in one query. */
    private Map<OrganisationId, OrganisationSummary> linkedIn(ResourceForm form) {
        List<OrganisationId> ids = form.getCreators().stream().map(CreatorRow::organisationId)
                .filter(Objects::nonNull).toList();
        return ids.isEmpty() ? Map.of() : directory.findAll(ids);
    }

    private static Candidate candidate(OrganisationSummary organisation, Locale locale) {
        String label = organisation.country() == null ? organisation.name()
                : organisation.name() + " (" + Countries.name(organisation.country(), locale) + ")";
        return new Candidate(organisation.id().value().toString(), label);
    }
}
