package org.collegium.network;


import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.i18n.TranslationStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.collegium.shared.DemoDataOrder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations of the source documents, their memberships, the NALAS–Darkhan-Uul memorandum, and the
 * organisation roles of the demo accounts. Runs at every start and adds only what is missing.
 */
@Component
@ConditionalOnBooleanProperty("collegium.demo-data.enabled")
@Order(DemoDataOrder.NETWORK)
class NetworkDemoData implements ApplicationRunner {

    /** Demo data is recorded as done by the system itself, not by an account. */
    private static final UUID SYSTEM = null;

    private final DirectoryEditing editing;
    private final OrganisationRepository organisations;
    private final OrganisationMembershipRepository memberships;
    private final PartnershipRepository partnerships;
    private final Accounts accounts;
    private final Roles roles;
    private final Map<String, OrganisationId> ids = new HashMap<>();

    NetworkDemoData(DirectoryEditing editing, OrganisationRepository organisations,
            OrganisationMembershipRepository memberships, PartnershipRepository partnerships, Accounts accounts,
            Roles roles) {
        this.editing = editing;
        this.organisations = organisations;
        this.memberships = memberships;
        this.partnerships = partnerships;
        this.accounts = accounts;
        this.roles = roles;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments arguments) {
        NetworkDemoOrganisations.ALL.forEach(this::organisation);
        NetworkDemoOrganisations.MEMBERSHIPS.forEach((member, parents) -> parents.forEach(parent -> member(member, parent)));
        memorandum();
        role("focal.nalas@collegium.example", "NALAS", Role.FOCAL_POINT);
        role("member@collegium.example", "City of Skopje", Role.ORGANISATION_MEMBER);
        role("learner@collegium.example", "Darkhan-Uul Province", Role.ORGANISATION_MEMBER);
    }

    private void organisation(NetworkDemoOrganisations.Seed seed) {
        OrganisationId id = organisations.findFirstByNameIgnoreCase(seed.name()).map(Organisation::id).orElseGet(() -> {
            OrganisationId created = editing.create(SYSTEM, new OrganisationDetails(seed.name(), seed.acronym(), seed.kind(),
                    seed.country(), seed.region(), seed.website()), seed.language()).id();
            seed.descriptions().forEach((language, text) -> editing.describe(SYSTEM, created, language, text,
                    language.equals(seed.language()) ? TranslationStatus.ORIGINAL : TranslationStatus.TRANSLATED));
            return created;
        });
        ids.put(seed.name(), id);
    }

    private void member(String member, String parent) {
        OrganisationId memberId = ids.get(member);
        OrganisationId parentId = ids.get(parent);
        if (memberId != null && parentId != null
                && !memberships.existsByMemberIdAndParentId(memberId.value(), parentId.value())) {
            editing.addMembership(SYSTEM, memberId, parentId, null);
        }
    }

    private void memorandum() {
        String title = "Memorandum of understanding on the Darkhan-Uul e-Academy";
        if (partnerships.existsByTitle(title)) {
            return;
        }
        editing.recordPartnership(SYSTEM, new PartnershipTerms(title, PartnershipKind.MEMORANDUM_OF_UNDERSTANDING,
                PartnershipStatus.IN_FORCE,
                Set.of(ids.get("NALAS"), ids.get("Darkhan-Uul Province"),
                        ids.get("School of Agroecology and Business, Mongolian University of Life Sciences")),
                List.of("Strengthen the governance capacities of municipal staff, elected representatives and local stakeholders.",
                        "Transfer NALAS know-how in virtual capacity development.",
                        "Contribute to setting up an e-Academy within the municipality of Darkhan-Uul province."),
                LocalDate.of(2022, 7, 1), "Darkhan, Mongolia", "en"));
    }

    private void role(String email, String organisation, Role role) {
        OrganisationId id = ids.get(organisation);
        if (id == null) {
            return;
        }
        boolean missing = accounts.findByEmail(email).filter(account -> !roles.holds(account.id(), role, id.value())).isPresent();
        if (missing) {
            editing.appoint(SYSTEM, id, email, role);
        }
    }
}
