package org.collegium.academy;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of an academy: its administrators and facilitators (appointed by its administrators) and its
 * learners (registered when they enrol). An academy always keeps at least one administrator.
 */
@Service
@Transactional(readOnly = true)
public class AcademyStaff {

    static final List<Role> STAFF_ROLES = List.of(Role.ACADEMY_ADMINISTRATOR, Role.FACILITATOR);

    private final AcademyRepository academies;
    private final AcademyAccess access;
    private final Roles roles;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AcademyStaff(AcademyRepository academies, AcademyAccess access, Roles roles, Accounts accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.academies = academies;
        this.access = access;
        this.roles = roles;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The staff with their addresses: only for the academy's administrators and the platform's. */
    public List<StaffMember> staffOf(AccountId actor, AcademyId academy) {
        access.checkAdministrator(Optional.ofNullable(actor), academy);
        List<Map.Entry<Role, AccountId>> grants = STAFF_ROLES.stream()
                .flatMap(role -> roles.holders(role, academy.value()).stream().map(id -> Map.entry(role, id)))
                .toList();
        Map<AccountId, AccountSummary> people = accounts.findAll(grants.stream().map(Map.Entry::getValue).toList());
        return grants.stream()
                .filter(grant -> people.containsKey(grant.getValue()))
                .map(grant -> {
                    AccountSummary person = people.get(grant.getValue());
                    return new StaffMember(person.id(), person.email(), person.displayName(), grant.getKey());
                })
                .sorted(Comparator.comparing(StaffMember::role).thenComparing(StaffMember::displayName))
                .toList();
    }

    /** Appoints the account with this address as administrator or facilitator of the academy. */
    @Transactional
    public void appoint(AccountId actor, AcademyId academy, String email, Role role) {
        access.checkAdministrator(Optional.ofNullable(actor), academy);
        appointOnBehalfOf(actor, academy, email, role);
    }

    @Transactional
    void appointOnBehalfOf(AccountId actor, AcademyId academy, String email, Role role) {
        requireStaffRole(role);
        Academy locked = lock(academy);
        AccountSummary person = Optional.ofNullable(email).filter(address -> !address.isBlank())
                .flatMap(accounts::findByEmail)
                .orElseThrow(() -> new AcademyRefusal("email", "academy.staff.no-account"));
        if (roles.holds(person.id(), role, academy.value())) {
            throw new AcademyRefusal("email", "academy.staff.already-appointed", person.displayName());
        }
        roles.grant(person.id(), role, academy.value());
        publish(actor, "academy.appoint-" + code(role), academy,
                "Appointed account " + person.id().value() + " " + code(role) + " of academy " + locked.slug());
    }

    /** Ends an appointment; refuses to remove the academy's last administrator. */
    @Transactional
    public void dismiss(AccountId actor, AcademyId academy, AccountId member, Role role) {
        access.checkAdministrator(Optional.ofNullable(actor), academy);
        requireStaffRole(role);
        Academy locked = lock(academy);
        if (!roles.holds(member, role, academy.value())) {
            return;
        }
        if (role == Role.ACADEMY_ADMINISTRATOR && roles.holders(role, academy.value()).size() <= 1) {
            throw new AcademyRefusal("account", "academy.staff.last-administrator");
        }
        roles.revoke(member, role, academy.value());
        publish(actor, "academy.remove-" + code(role), academy,
                "Removed account " + member.value() + " as " + code(role) + " of academy " + locked.slug());
    }

    /** Makes the account a learner of the academy (enrolment calls this). Idempotent. */
    @Transactional
    public void registerLearner(AcademyId academy, AccountId learner) {
        if (!academies.existsById(academy.value())) {
            throw new NotFoundException("academy");
        }
        roles.grant(learner, Role.LEARNER, academy.value());
    }

    /** Whether the account holds exactly this role in the academy (platform administrators included only if so). */
    public boolean holds(AcademyId academy, AccountId account, Role role) {
        return roles.holds(account, role, academy.value());
    }

    private Academy lock(AcademyId academy) {
        return academies.lockById(academy.value()).orElseThrow(() -> new NotFoundException("academy"));
    }

    private static void requireStaffRole(Role role) {
        if (!STAFF_ROLES.contains(role)) {
            throw new AcademyRefusal("role", "academy.staff.role.invalid");
        }
    }

    private static String code(Role role) {
        return role == Role.ACADEMY_ADMINISTRATOR ? "administrator" : "facilitator";
    }

    private void publish(AccountId actor, String action, AcademyId academy, String summary) {
        events.publishEvent(new AdministrativeActionTaken(actor == null ? null : actor.value(), action, "academy",
                academy.value().toString(), summary, clock.instant()));
    }
}
