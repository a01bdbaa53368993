package org.collegium.academy;

import java.util.Set;

import org.collegium.network.OrganisationId;

/**
 * What a platform administrator gives to open an academy.
 *
 * @param language the language the description is written in, which becomes the description's original language
 */
public record NewAcademy(String slug, String name, OrganisationId organisation, String language, String description,
        Set<String> languages, String accentColour) {
}
