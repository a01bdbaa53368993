package org.collegium.library.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.collegium.library.CaseSection;
import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.DirectoryQuery;
import org.collegium.network.OrganisationKind;
import org.collegium.shared.i18n.ContentLanguages;
import org.springframework.stereotype.Component;

/** The choices the resource form offers that are not fixed lists of the bundles: networks, languages, countries. */
@Component
class ResourceFormChoices {

    /** More networks than the directory will hold; the select lists them all. */
    private static final int NETWORKS = 500;

    private final Directory directory;

    ResourceFormChoices(Directory directory) {
        this.directory = directory;
    }

    List<Choice> networks() {
        return directory.search(new DirectoryQuery("", OrganisationKind.NETWORK, null), 0, NETWORKS).stream()
                .map(entry -> new Choice(entry.id().value().toString(),
                        entry.acronym() == null ? entry.name() : entry.name() + " (" + entry.acronym() + ")"))
                .toList();
    }

    List<Choice> languages() {
        return ContentLanguages.CODES.stream().map(code -> new Choice(code, ContentLanguages.nativeName(code)))
                .sorted(Comparator.comparing(Choice::label)).toList();
    }

    List<Choice> countries(Locale locale) {
        return Countries.all(locale).stream().map(country -> new Choice(country.code(), country.name())).toList();
    }

    List<CaseSection> sections() {
        return List.of(CaseSection.values());
    }
}
