package org.collegium.library.resource;

import java.util.UUID;

import org.collegium.library.Creator;
import org.collegium.network.OrganisationId;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
record CreatorEntry(
        @Column(name = "name", nullable = false) String name,
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false) Creator.Kind kind,
        @Column(name = "organisation_id") UUID organisation) {

    static CreatorEntry of(Creator creator) {
        return new CreatorEntry(creator.name().strip(), creator.kind(),
                creator.organisation() == null ? null : creator.organisation().value());
    }

    Creator creator() {
        return new Creator(name, kind, organisation == null ? null : new OrganisationId(organisation));
    }
}
