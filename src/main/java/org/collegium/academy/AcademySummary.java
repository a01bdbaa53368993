package org.collegium.academy;

import java.util.List;
import java.util.Locale;

import org.collegium.network.OrganisationSummary;
import org.collegium.shared.i18n.LocalizedText;
import org.collegium.shared.i18n.TranslatedText;

/**
 * An academy as pages and the API show it.
 *
 * @param organisation the organisation it belongs to, or null if the directory no longer knows it
 * @param logoVersion the version of its logo, or null when it has none
 */
public record AcademySummary(AcademyId id, String slug, String name, OrganisationSummary organisation,
        List<String> languages, TranslatedText description, String accentColour, String logoVersion) {

    public LocalizedText descriptionIn(Locale locale) {
        return description.in(locale);
    }

    /** The description's first paragraph, for lists. */
    public LocalizedText shortDescriptionIn(Locale locale) {
        LocalizedText full = description.in(locale);
        String first = full.text().strip().split("\\R\\s*\\R", 2)[0];
        String shortened = first.length() > 280 ? first.substring(0, 279).strip() + "…" : first;
        return new LocalizedText(shortened, full.language(), full.fallback());
    }

    public boolean hasLogo() {
        return logoVersion != null;
    }
}
