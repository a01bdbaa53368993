package org.collegium.library.figures.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceView;
import org.collegium.library.figures.UseFigures;
import org.collegium.library.resource.ResourceLookup;
import org.collegium.library.resource.Resources;
import org.collegium.library.web.CurrentAccount;
import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Use figures: a resource's (public, for whoever may see the resource) and a network's summary for its library
 * editors.
 */
@Controller
class LibraryFiguresController {

    private final UseFigures figures;
    private final Resources resources;
    private final ResourceLookup lookup;
    private final Directory directory;

    LibraryFiguresController(UseFigures figures, Resources resources, ResourceLookup lookup, Directory directory) {
        this.figures = figures;
        this.resources = resources;
        this.lookup = lookup;
        this.directory = directory;
    }

    @GetMapping("/library/resources/{id}/figures")
    String resource(@PathVariable String id, Locale locale, Model model) {
        ResourceView resource = resources.read(CurrentAccount.optional().orElse(null), new ResourceId(uuid(id)));
        UseFigures.ResourceFigures found = figures.of(resource.id());
        model.addAttribute("resource", resource);
        model.addAttribute("figures", found);
        model.addAttribute("rows", found.countries().stream()
                .map(row -> new CountryRow(row.isUnknown() ? null : Countries.name(row.country(), locale), row))
                .toList());
        return "library/figures/resource";
    }

    @GetMapping("/library/networks/{slug}/figures")
    String network(@PathVariable String slug, Model model) {
        AccountId actor = CurrentAccount.required();
        OrganisationSummary network = directory.findBySlug(slug).orElseThrow(() -> new NotFoundException("network"));
        Map<ResourceId, UseFigures.ResourceTotals> totals = figures.ofNetwork(actor, network.id());
        Map<ResourceId, ResourceView> views = lookup.views(totals.keySet());
        List<ResourceRow> rows = totals.values().stream().filter(total -> views.containsKey(total.resource()))
                .map(total -> new ResourceRow(views.get(total.resource()), total)).toList();
        model.addAttribute("network", network);
        model.addAttribute("rows", rows);
        model.addAttribute("views", rows.stream().mapToLong(row -> row.totals().views()).sum());
        model.addAttribute("downloads", rows.stream().mapToLong(row -> row.totals().downloads()).sum());
        return "library/figures/network";
    }

    /** A country's figures with its name in the viewer's language (null when unknown). */
    record CountryRow(String name, UseFigures.CountryFigures figures) {
    }

    record ResourceRow(ResourceView resource, UseFigures.ResourceTotals totals) {
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("resource");
        }
    }
}
