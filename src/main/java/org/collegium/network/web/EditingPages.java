package org.collegium.network.web;

import java.util.Locale;

import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.Viewer;
import org.collegium.shared.Viewers;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.i18n.TranslationStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the editing pages share: who may open them, and the choices their forms offer.
 */
@Component
class EditingPages {

    private final Directory directory;
    private final DirectoryEditing editing;

    EditingPages(Directory directory, DirectoryEditing editing) {
        this.directory = directory;
        this.editing = editing;
    }

    Viewer viewer() {
        return Viewers.current().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    /** The organisation, if the viewer may edit it; 403 otherwise (404 for unknown addresses). */
    OrganisationSummary editable(String slug) {
        OrganisationSummary organisation = directory.findBySlug(slug)
                .orElseThrow(() -> new NotFoundException("Organisation " + slug));
        if (!editing.mayEdit(viewer(), organisation.id())) {
            throw new AccessDeniedException("Not an editor of " + slug);
        }
        return organisation;
    }

    void requireAdministrator() {
        if (!editing.administers(viewer())) {
            throw new AccessDeniedException("Not a platform administrator");
        }
    }

    void choices(Model model, Locale locale) {
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("countries", Countries.all(locale));
        model.addAttribute("languages", ContentLanguages.CODES.stream()
                .map(code -> new Language(code, ContentLanguages.nativeName(code))).toList());
        model.addAttribute("statuses", TranslationStatus.values());
        model.addAttribute("administrator", editing.administers(Viewers.current().orElse(null)));
    }

    record Language(String code, String name) {
    }

}
