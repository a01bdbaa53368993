package org.collegium.library;

import org.collegium.network.OrganisationId;

/**
 * A person or organisation who made a resource (Dublin Core creator). An organisation may be one of the directory's,
 * then {@code organisation} names it and its resources can be found under it.
 */
public record Creator(String name, Kind kind, OrganisationId organisation) {

    public enum Kind { PERSON, ORGANISATION }

    public static Creator person(String name) {
        return new Creator(name, Kind.PERSON, null);
    }

    public static Creator organisation(String name, OrganisationId organisation) {
        return new Creator(name, Kind.ORGANISATION, organisation);
    }
}
