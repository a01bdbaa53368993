package org.collegium.academy.web;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;

import org.collegium.academy.AcademySummary;
import org.collegium.academy.StaffMember;
import org.collegium.shared.i18n.LocalizedText;

/**
 * The JSON shapes of the academies API.
 */
final class AcademyResources {

    private AcademyResources() {
    }

    @Schema(description = "The organisation of the network an academy belongs to")
    record OrganisationReference(String slug, String name, String href) {
    }

    @Schema(description = "An academy in the list")
    record AcademyListItem(String slug, String name, OrganisationReference organisation, List<String> languages,
            String href) {
    }

    @Schema(description = "An academy's public details")
    record AcademyDetails(String slug, String name, OrganisationReference organisation, List<String> languages,
            @Schema(description = "The description, in the first language of Accept-Language that it is written in, "
                    + "else through the fallback chain") String description,
            @Schema(description = "ISO 639-1 code of the language the description is in") String language,
            @Schema(description = "True when the description is not in the language asked for first") boolean fallback,
            @Schema(description = "#rrggbb") String accentColour,
            @Schema(description = "Address of the logo, or null") String logo) {
    }

    @Schema(description = "A member of an academy's staff (private to the academy's administrators)")
    record StaffMemberResource(String email, String displayName, String role) {
    }

    static AcademyListItem item(AcademySummary academy) {
        return new AcademyListItem(academy.slug(), academy.name(), organisation(academy), academy.languages(),
                "/api/v1/academies/" + academy.slug());
    }

    static AcademyDetails details(AcademySummary academy, HttpServletRequest request) {
        LocalizedText description = describe(academy, request);
        return new AcademyDetails(academy.slug(), academy.name(), organisation(academy), academy.languages(),
                description.text(), description.isEmpty() ? null : description.language(), description.fallback(),
                academy.accentColour(),
                academy.hasLogo() ? "/academies/" + academy.slug() + "/logo?v=" + academy.logoVersion() : null);
    }

    static StaffMemberResource staff(StaffMember member) {
        return new StaffMemberResource(member.email(), member.displayName(), member.role().name());
    }

    /** The first language the caller accepts that the description is written in, else the first one asked for. */
    private static LocalizedText describe(AcademySummary academy, HttpServletRequest request) {
        Enumeration<Locale> accepted = request.getLocales();
        Locale first = null;
        while (accepted.hasMoreElements()) {
            Locale locale = accepted.nextElement();
            first = first == null ? locale : first;
            if (academy.description().readable(locale.getLanguage()).isPresent()) {
                return academy.descriptionIn(locale);
            }
        }
        return academy.descriptionIn(first);
    }

    private static OrganisationReference organisation(AcademySummary academy) {
        return academy.organisation() == null ? null : new OrganisationReference(academy.organisation().slug(),
                academy.organisation().name(), "/directory/" + academy.organisation().slug());
    }
}
