package org.collegium.library.oai;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collegium.library.ResourceId;
import org.collegium.library.ResourceView;
import org.collegium.library.resource.HarvestPage;
import org.collegium.library.resource.HarvestQuery;
import org.collegium.library.resource.ResourceHarvest;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The data provider's answers to the six verbs of OAI-PMH 2.0, over the library's public records, disseminated as
 * {@code oai_dc}. Lists come a page at a time, in the order of last change then id, continued by signed resumption
 * tokens; a record changed during a harvest moves to its end rather than being skipped.
 */
@Component
class OaiProtocol {

    static final String OAI_DC = "oai_dc";
    static final int PAGE_SIZE = 100;
    static final Duration TOKEN_LIFETIME = Duration.ofHours(24);

    private final ResourceHarvest harvest;
    private final OaiSets sets;
    private final ResumptionTokens tokens;
    private final Directory directory;
    private final Clock clock;
    private final String identifierPrefix;

    OaiProtocol(ResourceHarvest harvest, OaiSets sets, ResumptionTokens tokens, Directory directory, Clock clock,
            @Value("${collegium.base-url}") String baseUrl) {
        this.harvest = harvest;
        this.sets = sets;
        this.tokens = tokens;
        this.directory = directory;
        this.clock = clock;
        this.identifierPrefix = "oai:" + URI.create(baseUrl).getHost() + ":";
    }

    String identifier(ResourceView resource) {
        return identifierPrefix + resource.id();
    }

    OaiAnswer answer(OaiRequest request) {
        return switch (request.verb()) {
            case Identify -> new OaiAnswer.Identify(harvest.earliestChange().orElse(Instant.EPOCH));
            case ListMetadataFormats -> {
                if (request.argument("identifier") != null) {
                    record(request.argument("identifier"));
                }
                yield new OaiAnswer.MetadataFormats();
            }
            case ListSets -> {
                if (request.argument("resumptionToken") != null) {
                    throw OaiError.badResumptionToken();
                }
                yield new OaiAnswer.Sets(sets.all());
            }
            case ListIdentifiers -> list(request, false);
            case ListRecords -> list(request, true);
            case GetRecord -> {
                ResourceView resource = record(request.argument("identifier"));
                requireOaiDc(request.argument("metadataPrefix"));
                yield new OaiAnswer.Record(resource, slugs(List.of(resource)));
            }
        };
    }

    private OaiAnswer.Records list(OaiRequest request, boolean withMetadata) {
        String tokenValue = request.argument("resumptionToken");
        ResumptionToken resumed = tokenValue == null ? null : tokens.read(tokenValue);
        String prefix = resumed == null ? request.argument("metadataPrefix") : resumed.metadataPrefix();
        String fromText = resumed == null ? request.argument("from") : resumed.from();
        String untilText = resumed == null ? request.argument("until") : resumed.until();
        String set = resumed == null ? request.argument("set") : resumed.set();
        OaiDates.Bound from = fromText == null ? null : OaiDates.parse("from", fromText);
        OaiDates.Bound until = untilText == null ? null : OaiDates.parse("until", untilText);
        OaiDates.checkRange(from, until);
        requireOaiDc(prefix);
        HarvestQuery query = sets.query(set).orElseThrow(OaiError::noRecordsMatch)
                .between(from == null ? null : from.start(), until == null ? null : until.end());
        HarvestPage page = harvest.changes(query, resumed == null ? null : resumed.after(), PAGE_SIZE);
        if (page.resources().isEmpty()) {
            throw OaiError.noRecordsMatch();
        }
        long cursor = resumed == null ? 0 : resumed.cursor();
        String next = null;
        Instant expires = null;
        if (page.more()) {
            expires = clock.instant().plus(TOKEN_LIFETIME);
            next = tokens.write(new ResumptionToken(prefix, fromText, untilText, set,
                    cursor + page.resources().size(), page.last(), expires));
        } else if (resumed != null) {
            next = "";
        }
        return new OaiAnswer.Records(withMetadata, page.resources(), slugs(page.resources()), next, expires,
                Math.max(page.completeListSize(), cursor + page.resources().size()), cursor);
    }

    private ResourceView record(String identifier) {
        return parse(identifier).flatMap(harvest::record).orElseThrow(() -> OaiError.idDoesNotExist(identifier));
    }

    private Optional<ResourceId> parse(String identifier) {
        if (!identifier.startsWith(identifierPrefix)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ResourceId(UUID.fromString(identifier.substring(identifierPrefix.length()))));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private static void requireOaiDc(String prefix) {
        if (!OAI_DC.equals(prefix)) {
            throw OaiError.cannotDisseminateFormat(prefix);
        }
    }

    private Map<OrganisationId, String> slugs(Collection<ResourceView> resources) {
        return directory.findAll(resources.stream().map(ResourceView::network).collect(Collectors.toSet()))
                .values().stream().collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::slug));
    }
}
