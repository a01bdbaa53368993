package org.collegium.library.files.web;

import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceView;
import org.collegium.library.figures.UseFigures;
import org.collegium.library.figures.UseKind;
import org.collegium.library.files.FileContent;
import org.collegium.library.files.ResourceFiles;
import org.collegium.library.resource.Resources;
import org.collegium.library.web.CurrentAccount;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.files.ContentDispositions;
import org.collegium.shared.web.Flash;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A resource's files: the page where those who may change the resource add and remove them (a plain multipart form),
 * and the download of each, for whoever may see the resource. Files are always served as downloads, with their type
 * as read from their content, never sniffed by the browser, and in a sandbox should a browser open one anyway.
 */
@Controller
class ResourceFilesController {

    /** No script, plugin, form or frame: what a stored file could carry stays inert even when opened in place. */
    static final String FILE_POLICY = "sandbox; default-src 'none'; frame-ancestors 'none'";

    private final ResourceFiles files;
    private final Resources resources;
    private final UseFigures figures;

    ResourceFilesController(ResourceFiles files, Resources resources, UseFigures figures) {
        this.files = files;
        this.resources = resources;
        this.figures = figures;
    }

    @GetMapping("/library/resources/{id}/files")
    String manage(@PathVariable String id, Model model) {
        AccountId actor = CurrentAccount.required();
        return page(changeable(actor, parse(id)), model);
    }

    @PostMapping("/library/resources/{id}/files")
    String upload(@PathVariable String id, @RequestParam(required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        AccountId actor = CurrentAccount.required();
        ResourceId resource = parse(id);
        try {
            if (file == null || file.isEmpty()) {
                throw new LibraryRefusal("file", "libraryfiles.refusal.empty");
            }
            files.upload(actor, resource, file.getOriginalFilename(), file.getSize(), file);
        } catch (LibraryRefusal refusal) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problem", refusal);
            return page(changeable(actor, resource), model);
        }
        Flash.success(redirect, "libraryfiles.flash.attached");
        return "redirect:/library/resources/" + resource + "/files";
    }

    @PostMapping("/library/resources/{id}/files/{fileId}/remove")
    String remove(@PathVariable String id, @PathVariable String fileId, RedirectAttributes redirect) {
        ResourceId resource = parse(id);
        files.remove(CurrentAccount.required(), resource, uuid(fileId));
        Flash.success(redirect, "libraryfiles.flash.removed");
        return "redirect:/library/resources/" + resource + "/files";
    }

    @GetMapping("/library/resources/{id}/files/{fileId}")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String fileId,
            @RequestHeader(name = HttpHeaders.USER_AGENT, required = false) String userAgent,
            HttpServletResponse response) {
        AccountId viewer = CurrentAccount.optional().orElse(null);
        ResourceId resource = parse(id);
        ResourceView view = resources.read(viewer, resource);
        FileContent content = files.open(viewer, resource, uuid(fileId));
        figures.record(view, viewer, userAgent, UseKind.DOWNLOAD);
        response.setHeader("Content-Security-Policy", FILE_POLICY);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.file().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDispositions.of(true, content.file().originalName()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(content.content());
    }

    private ResourceView changeable(AccountId actor, ResourceId id) {
        ResourceView resource = resources.read(actor, id);
        if (!files.mayChange(actor, resource)) {
            throw new AccessDeniedException("may not change the files of resource " + id);
        }
        return resource;
    }

    private static String page(ResourceView resource, Model model) {
        model.addAttribute("resource", resource);
        return "library/files/manage";
    }

    private static ResourceId parse(String id) {
        return new ResourceId(uuid(id));
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("resource");
        }
    }
}
