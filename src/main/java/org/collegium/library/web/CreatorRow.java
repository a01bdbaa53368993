package org.collegium.library.web;

import java.util.List;
import java.util.UUID;

import org.collegium.library.Creator;
import org.collegium.network.OrganisationId;

/**
 * One creator on the resource form: a person or an organisation, by name. An organisation may be linked to one of
 * the directory's, which the form carries as a hidden {@code organisation} and shows with a link to its page; the
 * directory's name and page and, when a typed name fits several organisations, the candidates are filled in by the
 * server and never bound from the request.
 */
public class CreatorRow {

    private String name;
    private Creator.Kind kind = Creator.Kind.PERSON;
    private String organisation;
    private String organisationSlug;
    private List<CreatorLinks.Candidate> candidates = List.of();

    static CreatorRow of(Creator creator) {
        CreatorRow row = new CreatorRow();
        row.name = creator.name();
        row.kind = creator.kind();
        row.organisation = creator.organisation() == null ? null : creator.organisation().value().toString();
        return row;
    }

    boolean isEmpty() {
        return ResourceForm.blankToNull(name) == null;
    }

    Creator creator() {
        OrganisationId linked = kind == Creator.Kind.ORGANISATION ? organisationId() : null;
        return new Creator(name.strip(), kind, linked);
    }

    /** The linked organisation, or null when none is given or the value is unreadable. */
    OrganisationId organisationId() {
        try {
            String value = ResourceForm.blankToNull(organisation);
            return value == null ? null : new OrganisationId(UUID.fromString(value));
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** Links the row to a directory organisation, under the directory's name. */
    void link(OrganisationId id, String directoryName, String slug) {
        kind = Creator.Kind.ORGANISATION;
        organisation = id.value().toString();
        name = directoryName;
        organisationSlug = slug;
        candidates = List.of();
    }

    /** Keeps the name as typed, linked to no organisation. */
    void unlink() {
        organisation = null;
        organisationSlug = null;
    }

    void offer(List<CreatorLinks.Candidate> candidates) {
        this.candidates = List.copyOf(candidates);
    }

    /** Whether the row is shown as linked: an organisation the directory still has. */
    public boolean isLinked() {
        return kind == Creator.Kind.ORGANISATION && organisationSlug != null;
    }

    public String getOrganisationSlug() {
        return organisationSlug;
    }

    public List<CreatorLinks.Candidate> getCandidates() {
        return candidates;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Creator.Kind getKind() {
        return kind;
    }

    public void setKind(Creator.Kind kind) {
        this.kind = kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
