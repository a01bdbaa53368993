package org.collegium.library.resource;

import org.collegium.library.ResourceLink;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
record LinkEntry(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false) ResourceLink.Kind kind,
        @Column(name = "target", nullable = false) String target,
        @Column(name = "label", nullable = false) String label) {

    static LinkEntry of(ResourceLink link) {
        return new LinkEntry(link.kind(), link.target().strip(), link.label().strip());
    }

    ResourceLink link() {
        return new ResourceLink(kind, target, label);
    }
}
