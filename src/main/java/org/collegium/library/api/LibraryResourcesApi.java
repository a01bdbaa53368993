package org.collegium.library.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.collegium.library.ResourceId;
import org.collegium.library.ResourceView;
import org.collegium.library.oai.DublinCore;
import org.collegium.library.resource.ResourceHarvest;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.i18n.TranslatedText;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The library's published resources, read-only, as JSON records on Dublin Core.
 */
@RestController
@RequestMapping(path = "/api/v1/library/resources", produces = "application/json")
@Tag(name = "Library", description = "Published resources of the municipal e-library")
class LibraryResourcesApi {

    static final int MAX_SIZE = 100;

    private final ResourceHarvest harvest;
    private final Directory directory;
    private final DublinCore dublinCore;

    LibraryResourcesApi(ResourceHarvest harvest, Directory directory, DublinCore dublinCore) {
        this.harvest = harvest;
        this.directory = directory;
        this.dublinCore = dublinCore;
    }

    @GetMapping
    @Operation(summary = "Published resources", description = "The most recently published first, a page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of resources")
    @ApiResponse(responseCode = "400", description = "An invalid page number or a page size above 100")
    ResourcePage list(
            @Parameter(description = "Page number, from 0") @RequestParam(name = "page", defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be at least 0 and size between 1 and " + MAX_SIZE);
        }
        Page<ResourceView> results = harvest.newest(page, size);
        Map<OrganisationId, OrganisationSummary> networks = directory.findAll(
                results.getContent().stream().map(ResourceView::network).collect(Collectors.toSet()));
        return new ResourcePage(results.getContent().stream().map(resource -> record(resource, networks)).toList(),
                new PageInfo(results.getNumber(), results.getSize(), results.getTotalElements(), results.getTotalPages()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One published resource")
    @ApiResponse(responseCode = "200", description = "The resource")
    @ApiResponse(responseCode = "404", description = "No published resource has this id")
    ResourceRecord resource(@Parameter(description = "The resource's id") @PathVariable String id) {
        ResourceView resource = harvest.published(parse(id)).orElseThrow(() -> new NotFoundException("resource"));
        return record(resource, directory.findAll(List.of(resource.network())));
    }

    private ResourceRecord record(ResourceView resource, Map<OrganisationId, OrganisationSummary> networks) {
        String html = dublinCore.permanentAddress(resource);
        OrganisationSummary network = networks.get(resource.network());
        return new ResourceRecord(resource.id().value(), html, resource.kind(), resource.kind().dublinCoreType(),
                resource.originalLanguage(), texts(resource.title()), texts(resource.summary()),
                resource.creators().stream().map(creator -> new ResourceRecord.CreatorRecord(creator.name(),
                        creator.kind(), creator.organisation() == null ? null : creator.organisation().value())).toList(),
                resource.publisher(), resource.issued(), sorted(resource.languages()), sorted(resource.countries()),
                sorted(resource.regions()),
                new ResourceRecord.Subjects(sorted(resource.themes()), sorted(resource.sdgGoals()),
                        sorted(resource.sdgTargets()), sorted(resource.sendaiPriorities()), sorted(resource.sendaiTargets())),
                new ResourceRecord.LicenceRecord(resource.licence().name(), blankToNull(resource.licence().shortName()),
                        blankToNull(resource.licence().address()), resource.licenceNote()),
                resource.links().stream().map(link -> new ResourceRecord.Relation(link.kind(), dublinCore.address(link),
                        link.label())).toList(),
                resource.files().stream().map(file -> new ResourceRecord.FileRecord(file.id(), file.originalName(),
                        file.mediaType(), file.sizeBytes(), html + "/files/" + file.id())).toList(),
                network == null ? null : new ResourceRecord.NetworkRecord(network.id().value(), network.slug(),
                        network.name()),
                resource.example(), resource.publishedAt(), resource.updatedAt(),
                new ResourceRecord.Links("/api/v1/library/resources/" + resource.id(),
                        "/library/resources/" + resource.id()));
    }

    private static Map<String, String> texts(TranslatedText text) {
        return text.readableLanguages().stream()
                .collect(Collectors.toMap(Function.identity(), language -> text.readable(language).orElseThrow(),
                        (first, second) -> first, TreeMap::new));
    }

    private static <T extends Comparable<? super T>> List<T> sorted(Collection<T> values) {
        return values.stream().sorted().toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static ResourceId parse(String id) {
        try {
            return new ResourceId(UUID.fromString(id));
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("resource");
        }
    }

    public record PageInfo(int number, int size, long totalElements, int totalPages) {
    }

    public record ResourcePage(List<ResourceRecord> items, PageInfo page) {
    }
}
