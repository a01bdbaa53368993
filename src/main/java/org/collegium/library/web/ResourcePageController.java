package org.collegium.library.web;

import java.util.Locale;

import org.collegium.identity.AccountId;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceView;
import org.collegium.library.figures.UseFigures;
import org.collegium.library.figures.UseKind;
import org.collegium.library.resource.EditorialHistory;
import org.collegium.library.resource.Resources;
import org.collegium.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A resource's permanent page: {@code /library/resources/{id}}. Published resources are public; the others are shown
 * to their submitter and their network's library editors only, and do not exist for anyone else. A withdrawn
 * resource leaves a tombstone for the public, so that citations still lead somewhere.
 */
@Controller
class ResourcePageController {

    private final Resources resources;
    private final ResourcePages pages;
    private final EditorialHistory history;
    private final ResourcePageParts parts;
    private final UseFigures figures;
    private final String baseUrl;

    ResourcePageController(Resources resources, ResourcePages pages, EditorialHistory history,
            ResourcePageParts parts, UseFigures figures, @Value("${collegium.base-url}") String baseUrl) {
        this.resources = resources;
        this.pages = pages;
        this.history = history;
        this.parts = parts;
        this.figures = figures;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/library/resources/{id}")
    String resource(@PathVariable String id, Locale locale, Model model, HttpServletResponse response,
            @RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String userAgent) {
        AccountId viewer = CurrentAccount.optional().orElse(null);
        ResourceId resourceId = parse(id);
        var tombstone = history.tombstone(viewer, resourceId);
        if (tombstone.isPresent()) {
            return Tombstones.render(tombstone.get(), locale, model, response);
        }
        ResourceView resource = resources.read(viewer, resourceId);
        figures.record(resource, viewer, userAgent, UseKind.VIEW);
        ResourcePage page = pages.of(resource, locale);
        model.addAttribute("page", page);
        parts.addTo(model, viewer, page, locale);
        model.addAttribute("signedIn", viewer != null);
        model.addAttribute("permanentAddress", baseUrl + "/library/resources/" + id);
        return "library/resource";
    }

    static ResourceId parse(String id) {
        try {
            return ResourceId.parse(id);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("resource");
        }
    }
}
