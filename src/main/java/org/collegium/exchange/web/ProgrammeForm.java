package org.collegium.exchange.web;

/**
 * The form a platform administrator fills in to set a programme up. The secretariat is typed as the names or
 * acronyms of directory organisations, one per line; countries as ISO codes separated by commas or spaces.
 */
record ProgrammeForm(String name, String secretariat, String partnerCountries, String expertiseCountries,
        String helpContact, String budget, String budgetCurrency) {

    static ProgrammeForm empty() {
        return new ProgrammeForm("", "", "", "", "", "", "EUR");
    }
}
