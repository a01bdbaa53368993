package org.collegium.exchange.web;

import java.util.List;
import java.util.Locale;

import org.collegium.exchange.ProgrammeView;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationSummary;
import org.springframework.stereotype.Component;

/** A programme's facts with the names of the organisations of its secretariat, read from the directory. */
@Component
class SecretariatNames {

    private final Directory directory;

    SecretariatNames(Directory directory) {
        this.directory = directory;
    }

    ProgrammeFacts facts(ProgrammeView programme, Locale viewer) {
        List<String> names = directory.findAll(programme.secretariat()).values().stream()
                .map(OrganisationSummary::name).sorted().toList();
        return ProgrammeFacts.of(programme, names, viewer);
    }
}
