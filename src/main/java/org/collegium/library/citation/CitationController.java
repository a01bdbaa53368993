package org.collegium.library.citation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.collegium.identity.AccountId;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceView;
import org.collegium.library.oai.DublinCore;
import org.collegium.library.resource.Resources;
import org.collegium.library.web.CurrentAccount;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.files.ContentDispositions;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A resource's citation to download, in RIS or BibTeX. Whoever may see the resource's page may cite it; for anyone
 * else it does not exist.
 */
@Controller
class CitationController {

    private static final MediaType RIS = new MediaType("application", "x-research-info-systems", StandardCharsets.UTF_8);
    private static final MediaType BIBTEX = new MediaType("application", "x-bibtex", StandardCharsets.UTF_8);

    private final Resources resources;
    private final DublinCore dublinCore;
    private final MessageSource messages;

    CitationController(Resources resources, DublinCore dublinCore, MessageSource messages) {
        this.resources = resources;
        this.dublinCore = dublinCore;
        this.messages = messages;
    }

    @GetMapping("/library/resources/{id}/cite.ris")
    ResponseEntity<byte[]> ris(@PathVariable String id) {
        return download(id, "ris", RIS, Ris::of);
    }

    @GetMapping("/library/resources/{id}/cite.bib")
    ResponseEntity<byte[]> bibtex(@PathVariable String id) {
        return download(id, "bib", BIBTEX, Bibtex::of);
    }

    private ResponseEntity<byte[]> download(String id, String extension, MediaType type,
            Function<CitationText, String> format) {
        AccountId viewer = CurrentAccount.optional().orElse(null);
        ResourceView resource = resources.read(viewer, parse(id));
        List<String> themes = resource.themes().stream().sorted()
                .map(theme -> messages.getMessage("identity.expertise." + theme.name(), null, theme.name(), Locale.ENGLISH))
                .toList();
        String text = format.apply(CitationText.of(resource, themes, dublinCore.permanentAddress(resource)));
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDispositions.of(true, "collegium-" + resource.id() + "." + extension))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    private static ResourceId parse(String id) {
        try {
            return ResourceId.parse(id);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("resource");
        }
    }
}
