package org.collegium.exchange;

import java.math.BigDecimal;
import java.util.Set;

import org.collegium.network.OrganisationId;

/** A programme as its pages and the other parts of the module read it. */
public record ProgrammeView(ProgrammeId id, String name, Set<OrganisationId> secretariat, Set<String> partnerCountries,
        Set<String> expertiseCountries, String helpContact, BigDecimal budget, String budgetCurrency,
        BudgetOverrun budgetOverrun) {

    /** Whether local governments of this country may offer expertise in the programme. */
    public boolean offersExpertise(String country) {
        return country != null && expertiseCountries.contains(country);
    }
}
