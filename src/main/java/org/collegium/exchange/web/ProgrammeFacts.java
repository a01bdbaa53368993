package org.collegium.exchange.web;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.collegium.exchange.ProgrammeView;
import org.collegium.network.Countries;
import org.collegium.network.Countries.Country;

/** What a programme's pages say about it, in the viewer's language: its countries by name and its budget. */
record ProgrammeFacts(ProgrammeView programme, List<String> secretariat, List<String> partnerCountries,
        List<String> expertiseCountries, String budget) {

    static ProgrammeFacts of(ProgrammeView programme, List<String> secretariat, Locale viewer) {
        NumberFormat money = NumberFormat.getCurrencyInstance(viewer);
        money.setCurrency(Currency.getInstance(programme.budgetCurrency()));
        return new ProgrammeFacts(programme, secretariat, names(programme.partnerCountries(), viewer),
                names(programme.expertiseCountries(), viewer), money.format(programme.budget()));
    }

    private static List<String> names(Set<String> codes, Locale viewer) {
        return Countries.named(codes, viewer).stream().map(Country::name).toList();
    }
}
