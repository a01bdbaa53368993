package org.collegium.network.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.DirectoryEntry;
import org.collegium.network.DirectoryQuery;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationView;
import org.collegium.network.PartnershipId;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.Viewers;
import org.collegium.shared.web.Htmx;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The public directory: search, organisation pages, agreement pages.
 */
@Controller
class DirectoryController {

    static final int PAGE_SIZE = 20;

    private final Directory directory;
    private final DirectoryEditing editing;

    DirectoryController(Directory directory, DirectoryEditing editing) {
        this.directory = directory;
        this.editing = editing;
    }

    @GetMapping("/directory")
    String search(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "kind", required = false) String kind,
            @RequestParam(name = "country", required = false) String country,
            @RequestParam(name = "page", defaultValue = "0") int page,
            HttpServletRequest request, Locale locale, Model model) {
        DirectoryQuery query = new DirectoryQuery(text, kindOf(kind), country);
        Page<DirectoryEntry> results = directory.search(query, page, PAGE_SIZE);
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("pageLink", pageLink(query));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("countries", Countries.named(directory.countriesInUse(), locale));
        model.addAttribute("mayCreate", editing.administers(Viewers.current().orElse(null)));
        return Htmx.view(request, "network/directory", "results");
    }

    @GetMapping("/directory/{slug}")
    String organisation(@PathVariable String slug, Locale locale, Model model) {
        OrganisationView view = directory.profile(slug);
        model.addAttribute("organisation", view);
        model.addAttribute("description", view.description().in(locale));
        model.addAttribute("mayEdit", editing.mayEdit(Viewers.current().orElse(null), view.entry().id()));
        model.addAttribute("mayRecordPartnership", editing.administers(Viewers.current().orElse(null)));
        return "network/organisation";
    }

    @GetMapping("/directory/partnerships/{id}")
    String partnership(@PathVariable String id, Model model) {
        model.addAttribute("partnership", directory.partnership(new PartnershipId(uuid(id))));
        model.addAttribute("mayEdit", editing.administers(Viewers.current().orElse(null)));
        return "network/partnership";
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Partnership " + id);
        }
    }

    /** Unknown kinds are ignored on pages (people edit addresses); the API refuses them. */
    private static OrganisationKind kindOf(String kind) {
        return Arrays.stream(OrganisationKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    private static String pageLink(DirectoryQuery query) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/directory");
        if (!query.text().isEmpty()) {
            link.queryParam("q", query.text());
        }
        if (query.kind() != null) {
            link.queryParam("kind", query.kind().name());
        }
        if (query.country() != null) {
            link.queryParam("country", query.country());
        }
        String uri = link.encode().build().toUriString();
        return uri + (uri.contains("?") ? "&" : "?");
    }
}
