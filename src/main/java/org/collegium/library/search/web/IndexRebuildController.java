package org.collegium.library.search.web;

import jakarta.servlet.http.HttpServletRequest;

import org.collegium.library.search.IndexRebuild;
import org.collegium.shared.Viewer;
import org.collegium.shared.web.Flash;
import org.collegium.shared.web.Htmx;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Rebuilding the search index, for platform administrators: a button, then the progress, which htmx polls every two
 * seconds while it runs (without JavaScript, reloading the page shows it).
 */
@Controller
class IndexRebuildController {

    private final IndexRebuild rebuild;
    private final String backend;

    IndexRebuildController(IndexRebuild rebuild, @Value("${collegium.search.backend:lucene}") String backend) {
        this.rebuild = rebuild;
        this.backend = backend;
    }

    @GetMapping("/library/admin/index")
    String page(@AuthenticationPrincipal Viewer viewer, Model model, HttpServletRequest request) {
        administrator(viewer);
        model.addAttribute("progress", rebuild.progress());
        model.addAttribute("backend", backend);
        return Htmx.view(request, "library/search/index", "progress");
    }

    @PostMapping("/library/admin/index")
    String start(@AuthenticationPrincipal Viewer viewer, RedirectAttributes redirect) {
        administrator(viewer);
        if (rebuild.start()) {
            Flash.success(redirect, "search.index.started");
        }
        else {
            Flash.info(redirect, "search.index.already-running");
        }
        return "redirect:/library/admin/index";
    }

    private static void administrator(Viewer viewer) {
        if (viewer == null || !viewer.isPlatformAdministrator()) {
            throw new AccessDeniedException("platform administrators only");
        }
    }
}
