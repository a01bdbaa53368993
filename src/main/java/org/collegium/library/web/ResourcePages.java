package org.collegium.library.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.collegium.library.CaseSection;
import org.collegium.library.Creator;
import org.collegium.library.ResourceView;
import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.i18n.ContentLanguages;
import org.springframework.stereotype.Component;

/** Turns a resource into what its page shows in one language. */
@Component
public class ResourcePages {

    private final Directory directory;

    ResourcePages(Directory directory) {
        this.directory = directory;
    }

    public ResourcePage of(ResourceView resource, Locale locale) {
        Optional<OrganisationSummary> network = directory.find(resource.network());
        List<ResourcePage.Section> sections = Arrays.stream(CaseSection.values())
                .filter(resource.sections()::containsKey)
                .map(section -> new ResourcePage.Section("library.section." + section.name(),
                        resource.sections().get(section).in(locale)))
                .toList();
        return new ResourcePage(resource, resource.title().in(locale), resource.summary().in(locale), sections,
                network.map(OrganisationSummary::name).orElse(""), network.map(OrganisationSummary::slug).orElse(null),
                resource.languages().stream().sorted().map(ContentLanguages::nativeName).toList(),
                Countries.named(resource.countries(), locale).stream().map(Countries.Country::name).toList(),
                resource.title().readableLanguages(), creatorPages(resource));
    }

    private Map<OrganisationId, String> creatorPages(ResourceView resource) {
        var linked = resource.creators().stream().map(Creator::organisation).filter(Objects::nonNull).toList();
        return linked.isEmpty() ? Map.of() : directory.findAll(linked).values().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::slug));
    }
}
