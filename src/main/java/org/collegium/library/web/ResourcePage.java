package org.collegium.library.web;

import java.util.List;
import java.util.Map;

import org.collegium.library.ResourceView;
import org.collegium.network.OrganisationId;
import org.collegium.shared.i18n.LocalizedText;

/**
 * A resource as its page shows it in the viewer's language: the texts read through the fallback chain, the codes
 * turned into names, the organisations among its creators that the directory has linked to their pages.
 *
 * @param creatorPages the directory slug of each linked creator organisation that the directory still has
 */
public record ResourcePage(
        ResourceView resource,
        LocalizedText title,
        LocalizedText summary,
        List<Section> sections,
        String network,
        String networkSlug,
        List<String> languages,
        List<String> countries,
        List<String> textLanguages,
        Map<OrganisationId, String> creatorPages) {

    /** A case-study section in the viewer's language, or in the fallback it was read in. */
    public record Section(String key, LocalizedText text) {
    }
}
