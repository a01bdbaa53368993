package org.collegium.exchange.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.collegium.exchange.ProgrammeView;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.Directory;
import org.collegium.network.DirectoryEntry;
import org.collegium.network.DirectoryQuery;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.springframework.stereotype.Component;

/**
 * The associations a person may file requests for in a programme: for its secretariat, every local-government
 * association of its partner countries; for a focal point, the associations of partner countries they speak for.
 */
@Component
class FilingAssociations {

    /** More associations than any partner country has: the directory lists them by name. */
    private static final int PER_COUNTRY = 500;

    private final Directory directory;
    private final Roles roles;

    FilingAssociations(Directory directory, Roles roles) {
        this.directory = directory;
        this.roles = roles;
    }

    List<OrganisationSummary> of(AccountId actor, ProgrammeView programme, Locale viewer) {
        if (actor == null) {
            return List.of();
        }
        List<OrganisationSummary> associations;
        if (roles.mayAct(actor, Role.PROGRAMME_SECRETARIAT, programme.id().value())) {
            associations = programme.partnerCountries().stream()
                    .flatMap(country -> directory.search(new DirectoryQuery("",
                            OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION, country), 0, PER_COUNTRY).stream())
                    .map(DirectoryEntry::toSummary).toList();
        } else {
            associations = directory.findAll(roles.scopesOf(actor, Role.FOCAL_POINT).stream().map(OrganisationId::new)
                    .collect(Collectors.toSet())).values().stream()
                    .filter(organisation -> organisation.kind() == OrganisationKind.LOCAL_GOVERNMENT_ASSOCIATION)
                    .filter(organisation -> programme.partnerCountries().contains(organisation.country()))
                    .toList();
        }
        return associations.stream()
                .sorted(Comparator.comparing(OrganisationSummary::name, Collator.getInstance(viewer))).toList();
    }
}
