package org.collegium.academy.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademyAccess;
import org.collegium.academy.AcademyLogoFile;
import org.collegium.academy.AcademySummary;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.web.Htmx;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public academy pages: the list, each academy's home, and its logo.
 */
@Controller
class AcademyPagesController {

    private final Academies academies;
    private final AcademyAccess access;

    AcademyPagesController(Academies academies, AcademyAccess access) {
        this.academies = academies;
        this.access = access;
    }

    @GetMapping("/academies")
    String list(Model model, HttpServletRequest request) {
        model.addAttribute("academies", academies.findAll());
        return Htmx.view(request, "academy/list", "academies");
    }

    @GetMapping("/academies/{slug}")
    String home(@PathVariable String slug, Model model) {
        AcademySummary academy = academies.get(slug);
        model.addAttribute("academy", academy);
        model.addAttribute("languages", LanguageChoice.of(academy.languages()));
        model.addAttribute("mayManage", access.mayAdminister(CurrentAccount.optional(), academy.id()));
        return "academy/home";
    }

    /** The logo, under a fixed name; addresses carry its version, so it can be cached for a year. */
    @GetMapping("/academies/{slug}/logo")
    ResponseEntity<byte[]> logo(@PathVariable String slug, @RequestParam(name = "v", required = false) String version,
            WebRequest request) {
        AcademyLogoFile logo = academies.logo(slug).orElseThrow(() -> new NotFoundException("logo"));
        String etag = "\"" + logo.version() + "\"";
        CacheControl cache = logo.version().equals(version)
                ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
                : CacheControl.noCache();
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(cache).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(logo.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("logo").build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .eTag(etag)
                .cacheControl(cache)
                .body(logo.bytes());
    }
}
