package org.collegium.network.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.DirectoryEntry;
import org.collegium.network.DirectoryQuery;
import org.collegium.network.MembershipView;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.network.OrganisationView;
import org.collegium.network.PartnershipId;
import org.collegium.network.PartnershipKind;
import org.collegium.network.PartnershipStatus;
import org.collegium.network.PartnershipSummary;
import org.collegium.network.PartnershipView;
import org.collegium.shared.i18n.LocalizedText;
import org.springframework.data.domain.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory, read-only, as JSON.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
@Tag(name = "Directory", description = "Organisations of the network, their memberships and agreements")
class OrganisationsApi {

    static final int MAX_SIZE = 100;

    private final Directory directory;

    OrganisationsApi(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/organisations")
    @Operation(summary = "Search the directory", description = "Organisations ordered by name, a page at a time.")
    @ApiResponse(responseCode = "200", description = "One page of organisations")
    @ApiResponse(responseCode = "400", description = "An invalid parameter (unknown kind or country, page size above 100)")
    OrganisationPage search(
            @Parameter(description = "Words of the name or acronym; case and accents are ignored") @RequestParam(name = "q", required = false) String q,
            @Parameter(description = "Kind of organisation") @RequestParam(name = "kind", required = false) OrganisationKind kind,
            @Parameter(description = "ISO 3166-1 alpha-2 country code") @RequestParam(name = "country", required = false) String country,
            @Parameter(description = "Page number, from 0") @RequestParam(name = "page", defaultValue = "0") int page,
            @Parameter(description = "Page size, 1 to 100") @RequestParam(name = "size", defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be at least 0 and size between 1 and " + MAX_SIZE);
        }
        if (country != null && !country.isBlank() && !Countries.isKnown(country.strip().toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Unknown country " + country);
        }
        if (q != null && q.length() > DirectoryQuery.TEXT_MAX) {
            throw new IllegalArgumentException("q is too long");
        }
        Page<DirectoryEntry> results = directory.search(new DirectoryQuery(q, kind, country), page, size);
        return new OrganisationPage(results.getContent().stream().map(OrganisationsApi::item).toList(),
                new PageInfo(results.getNumber(), results.getSize(), results.getTotalElements(), results.getTotalPages()));
    }

    @GetMapping("/organisations/{slug}")
    @Operation(summary = "One organisation", description = "Its description in the language asked for by Accept-Language, "
            + "or the fallback the response names; its members, what it is a member of, its agreements.")
    @ApiResponse(responseCode = "200", description = "The organisation")
    @ApiResponse(responseCode = "404", description = "No organisation has this slug")
    OrganisationDetail organisation(@Parameter(description = "The organisation's address in the directory") @PathVariable String slug,
            @Parameter(description = "Preferred languages of the description") @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage,
            Locale locale) {
        OrganisationView view = directory.profile(slug);
        LocalizedText description = view.description().in(requested(acceptLanguage, locale));
        return new OrganisationDetail(item(view.entry()), view.entry().region(), view.website(),
                new Description(description.text(), description.isEmpty() ? null : description.language(), description.fallback()),
                view.members().stream().map(OrganisationsApi::membership).toList(),
                view.memberOf().stream().map(OrganisationsApi::membership).toList(),
                view.partnerships().stream().map(OrganisationsApi::partnership).toList());
    }

    @GetMapping("/partnerships/{id}")
    @Operation(summary = "One partnership or memorandum of understanding")
    @ApiResponse(responseCode = "200", description = "The agreement, with its parties and objectives")
    @ApiResponse(responseCode = "404", description = "No agreement has this id")
    PartnershipDetail partnership(@Parameter(description = "The agreement's id") @PathVariable String id) {
        PartnershipView view = directory.partnership(new PartnershipId(DirectoryController.uuid(id)));
        return new PartnershipDetail(partnership(view.summary()), view.objectives(), view.language());
    }

    private static Locale requested(String acceptLanguage, Locale fallback) {
        try {
            return acceptLanguage == null || acceptLanguage.isBlank() ? fallback
                    : Locale.LanguageRange.parse(acceptLanguage).stream().findFirst()
                            .map(range -> Locale.forLanguageTag(range.getRange())).orElse(fallback);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    private static OrganisationItem item(DirectoryEntry entry) {
        return new OrganisationItem(entry.id().value(), entry.slug(), entry.name(), entry.acronym(), entry.kind(),
                entry.country(), links(entry.slug()));
    }

    private static OrganisationReference reference(OrganisationSummary summary) {
        return new OrganisationReference(summary.id().value(), summary.slug(), summary.name(), summary.kind(),
                summary.country(), links(summary.slug()));
    }

    private static Membership membership(MembershipView view) {
        return new Membership(reference(view.organisation()), view.since());
    }

    private static PartnershipItem partnership(PartnershipSummary summary) {
        return new PartnershipItem(summary.id().value(), summary.title(), summary.kind(), summary.status(),
                summary.signedOn(), summary.signedAt(), summary.parties().stream().map(OrganisationsApi::reference).toList(),
                new Links("/api/v1/partnerships/" + summary.id().value(), "/directory/partnerships/" + summary.id().value()));
    }

    private static Links links(String slug) {
        return new Links("/api/v1/organisations/" + slug, "/directory/" + slug);
    }

    public record Links(String self, String html) {
    }

    public record PageInfo(int number, int size, long totalElements, int totalPages) {
    }

    public record OrganisationItem(UUID id, String slug, String name, String acronym, OrganisationKind kind,
            String country, Links links) {
    }

    public record OrganisationPage(List<OrganisationItem> items, PageInfo page) {
    }

    public record OrganisationReference(UUID id, String slug, String name, OrganisationKind kind, String country,
            Links links) {
    }

    public record Membership(OrganisationReference organisation, LocalDate since) {
    }

    public record Description(String text, String language, boolean fallback) {
    }

    public record PartnershipItem(UUID id, String title, PartnershipKind kind, PartnershipStatus status,
            LocalDate signedOn, String signedAt, List<OrganisationReference> parties, Links links) {
    }

    public record OrganisationDetail(OrganisationItem organisation, String region, String website,
            Description description, List<Membership> members, List<Membership> memberOf,
            List<PartnershipItem> partnerships) {
    }

    public record PartnershipDetail(PartnershipItem partnership, List<String> objectives, String language) {
    }
}
