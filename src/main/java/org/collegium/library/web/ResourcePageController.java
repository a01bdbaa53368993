package org.collegium.library.web;

import java.util.Locale;

import org.collegium.identity.AccountId;
import org.collegium.library.ResourceId;
import org.collegium.library.resource.Resources;
import org.collegium.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A resource's permanent page: {@code /library/resources/{id}}. Published resources are public; the others are shown
 * to their submitter and their network's library editors only, and do not exist for anyone else.
 */
@Controller
class ResourcePageController {

    private final Resources resources;
    private final ResourcePages pages;
    private final ResourceJsonLd jsonLd;
    private final String baseUrl;

    ResourcePageController(Resources resources, ResourcePages pages, ResourceJsonLd jsonLd,
            @Value("${collegium.base-url}") String baseUrl) {
        this.resources = resources;
        this.pages = pages;
        this.jsonLd = jsonLd;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/library/resources/{id}")
    String resource(@PathVariable String id, Locale locale, Model model) {
        AccountId viewer = CurrentAccount.optional().orElse(null);
        ResourcePage page = pages.of(resources.read(viewer, parse(id)), locale);
        model.addAttribute("page", page);
        model.addAttribute("jsonLd", jsonLd.of(page.resource(), page.network(), page.networkSlug()));
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
