package org.collegium.library.web;

import java.util.Locale;

import org.collegium.identity.AccountId;
import org.collegium.library.ResourceId;
import org.collegium.library.resource.EditorialHistory;
import org.collegium.library.resource.PublishedVersion;
import org.collegium.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A published version of a resource at its own permanent address, {@code /library/resources/{id}/versions/{n}}, as it
 * was published, to cite.
 */
@Controller
class VersionController {

    private final EditorialHistory history;
    private final ResourcePages pages;
    private final String baseUrl;

    VersionController(EditorialHistory history, ResourcePages pages, @Value("${collegium.base-url}") String baseUrl) {
        this.history = history;
        this.pages = pages;
        this.baseUrl = baseUrl;
    }

    @GetMapping("/library/resources/{id}/versions/{number}")
    String version(@PathVariable String id, @PathVariable String number, Locale locale, Model model,
            HttpServletResponse response) {
        AccountId viewer = CurrentAccount.optional().orElse(null);
        ResourceId resource = ResourcePageController.parse(id);
        var tombstone = history.tombstone(viewer, resource);
        if (tombstone.isPresent()) {
            return Tombstones.render(tombstone.get(), locale, model, response);
        }
        PublishedVersion version = history.version(viewer, resource, parseNumber(number));
        model.addAttribute("page", pages.of(version.resource(), locale));
        model.addAttribute("version", version);
        model.addAttribute("signedIn", viewer != null);
        model.addAttribute("permanentAddress", baseUrl + "/library/resources/" + resource + "/versions/"
                + version.number());
        return "library/resource";
    }

    private static int parseNumber(String number) {
        if (!number.matches("[1-9]\\d{0,8}")) {
            throw new NotFoundException("version");
        }
        return Integer.parseInt(number);
    }
}
