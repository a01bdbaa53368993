package org.collegium.identity.web;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.collegium.identity.ExpertiseTopic;
import org.collegium.identity.JobFunction;
import org.collegium.identity.LanguageLevel;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.i18n.UiLanguages;
import org.collegium.shared.time.TimeZones;

/**
 * The lists the profile form offers, with labels in the viewer's language where Java knows them.
 * Enum labels come from the bundles in the template.
 */
record ProfileChoices(List<JobFunction> jobFunctions, List<Option> countries, List<Option> languages,
        List<LanguageLevel> levels, List<ExpertiseTopic> topics, List<Option> uiLanguages, List<String> zones,
        boolean organisationsOffered) {

    record Option(String code, String label) {
    }

    static ProfileChoices in(Locale locale, boolean organisationsOffered) {
        Collator collator = Collator.getInstance(locale);
        List<Option> countries = Arrays.stream(Locale.getISOCountries())
                .map(code -> new Option(code, Locale.of("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Option::label, collator))
                .toList();
        List<Option> languages = ContentLanguages.CODES.stream()
                .map(code -> new Option(code, ContentLanguages.nativeName(code))).toList();
        List<Option> ui = UiLanguages.ALL.stream()
                .map(language -> new Option(language.getLanguage(), ContentLanguages.nativeName(language.getLanguage())))
                .toList();
        return new ProfileChoices(List.of(JobFunction.values()), countries, languages, List.of(LanguageLevel.values()),
                List.of(ExpertiseTopic.values()), ui, TimeZones.ALL, organisationsOffered);
    }
}
