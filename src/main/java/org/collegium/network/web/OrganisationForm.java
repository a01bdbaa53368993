package org.collegium.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.collegium.network.OrganisationDetails;
import org.collegium.network.OrganisationKind;

/**
 * What the organisation form sends.
 */
public record OrganisationForm(
        @NotBlank(message = "{network.name.required}") @Size(max = 200, message = "{network.name.size}") String name,
        @Size(max = 20, message = "{network.acronym.size}") String acronym,
        @NotNull(message = "{network.kind.required}") OrganisationKind kind,
        @CountryCode String country,
        @Size(max = 120, message = "{network.region.size}") String region,
        @Size(max = 300, message = "{network.website.invalid}") @WebAddress String website,
        String language) {

    static OrganisationForm empty() {
        return new OrganisationForm("", "", null, "", "", "", "en");
    }

    static OrganisationForm of(OrganisationDetails details) {
        return new OrganisationForm(details.name(), details.acronym(), details.kind(), details.country(),
                details.region(), details.website(), null);
    }

    OrganisationDetails details() {
        return new OrganisationDetails(name, acronym, kind, country == null ? null : country.strip(), region, website);
    }
}
