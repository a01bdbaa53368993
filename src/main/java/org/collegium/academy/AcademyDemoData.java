package org.collegium.academy;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.collegium.shared.DemoDataOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo academies and their staff, after the network's organisations and identity's accounts exist.
 * Idempotent: what exists already is left as it is.
 */
@Component
@ConditionalOnBooleanProperty("collegium.demo-data.enabled")
@Order(DemoDataOrder.ACADEMY)
class AcademyDemoData implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(AcademyDemoData.class);

    private final Academies academies;
    private final AcademyStaff staff;
    private final Directory directory;
    private final Accounts accounts;

    AcademyDemoData(Academies academies, AcademyStaff staff, Directory directory, Accounts accounts) {
        this.academies = academies;
        this.staff = staff;
        this.directory = directory;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        DemoAcademies.ALL.forEach(this::open);
        appoint("nalas", "nalas.admin@collegium.example", Role.ACADEMY_ADMINISTRATOR);
        appoint("darkhan-uul", "darkhan.admin@collegium.example", Role.ACADEMY_ADMINISTRATOR);
        appoint("nalas", "facilitator@collegium.example", Role.FACILITATOR);
        academies.findBySlug("nalas").ifPresent(nalas -> accounts.findByEmail("learner@collegium.example")
                .ifPresent(learner -> staff.registerLearner(nalas.id(), learner.id())));
    }

    private void open(DemoAcademies.Demo demo) {
        if (academies.findBySlug(demo.slug()).isPresent()) {
            return;
        }
        Optional<OrganisationSummary> organisation = demo.organisationSlugs().stream()
                .map(directory::findBySlug).flatMap(Optional::stream).findFirst();
        if (organisation.isEmpty()) {
            LOG.warn("Demo academy {} skipped: none of the organisations {} is in the directory", demo.slug(),
                    demo.organisationSlugs());
            return;
        }
        Set<String> languages = new LinkedHashSet<>(demo.languages());
        AcademyId id = academies.establish(null, new NewAcademy(demo.slug(), demo.name(), organisation.get().id(),
                "en", demo.english(), languages, demo.accentColour()));
        demo.translations().forEach((language, text) -> academies.describeOnBehalfOf(null, id, language, text));
    }

    private void appoint(String slug, String email, Role role) {
        Optional<AcademySummary> academy = academies.findBySlug(slug);
        Optional<AccountSummary> account = accounts.findByEmail(email);
        if (academy.isEmpty() || account.isEmpty()) {
            return;
        }
        boolean appointed = staff.holds(academy.get().id(), account.get().id(), role);
        if (!appointed) {
            staff.appointOnBehalfOf(null, academy.get().id(), email, role);
        }
    }
}
