package org.collegium.exchange;

import java.math.BigDecimal;
import java.util.Set;

import org.collegium.network.OrganisationId;

/**
 * A programme as its secretariat states it.
 *
 * @param secretariat the organisations that run it, at least one
 * @param partnerCountries ISO 3166-1 alpha-2 codes of the countries whose associations ask for expertise
 * @param expertiseCountries codes of the countries whose local governments may offer expertise
 * @param helpContact the e-mail address applicants write to
 * @param budgetCurrency ISO 4217 code
 */
public record NewProgramme(String name, Set<OrganisationId> secretariat, Set<String> partnerCountries,
        Set<String> expertiseCountries, String helpContact, BigDecimal budget, String budgetCurrency) {

    public NewProgramme {
        secretariat = secretariat == null ? Set.of() : Set.copyOf(secretariat);
        partnerCountries = partnerCountries == null ? Set.of() : Set.copyOf(partnerCountries);
        expertiseCountries = expertiseCountries == null ? Set.of() : Set.copyOf(expertiseCountries);
    }
}
