package org.collegium.library.oai;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.collegium.library.ResourceView;
import org.collegium.network.OrganisationId;

/** What the repository answers to a valid request, before it is written out. */
sealed interface OaiAnswer {

    record Identify(Instant earliestDatestamp) implements OaiAnswer {
    }

    record MetadataFormats() implements OaiAnswer {
    }

    record Sets(List<OaiSets.OaiSet> sets) implements OaiAnswer {
    }

    /**
     * A page of headers or records; {@code token} is the next page's resumption token, empty on the last page of an
     * incomplete list, null when the list was complete in one page.
     */
    record Records(boolean withMetadata, List<ResourceView> resources, Map<OrganisationId, String> networkSlugs,
            String token, Instant tokenExpires, long completeListSize, long cursor) implements OaiAnswer {
    }

    record Record(ResourceView resource, Map<OrganisationId, String> networkSlugs) implements OaiAnswer {
    }
}
