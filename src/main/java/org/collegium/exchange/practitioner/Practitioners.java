package org.collegium.exchange.practitioner;

import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.Vocabulary;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.identity.SpokenLanguage;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practitioner registry: one profile per account, in a local or regional government the person is a member of.
 * The person, the focal point of that organisation and platform administrators write it; anyone else is refused.
 * A refused profile is an {@link ExchangeRefusal} naming the field, and nothing is written. The programmes'
 * secretariats search the registry.
 */
@Service
@Transactional
public class Practitioners {

    static final int MAX_TOPICS = 10;
    static final int MAX_LANGUAGES = 10;
    static final int MAX_PERIODS = 10;
    private static final Set<String> LANGUAGES = Set.copyOf(Arrays.asList(java.util.Locale.getISOLanguages()));
    private static final Set<OrganisationKind> GOVERNMENTS = Set.of(OrganisationKind.LOCAL_GOVERNMENT,
            OrganisationKind.REGIONAL_GOVERNMENT);

    private final PractitionerRepository practitioners;
    private final PractitionerRows rows;
    private final Vocabulary vocabulary;
    private final Directory directory;
    private final Accounts accounts;
    private final Roles roles;
    private final Clock clock;

    Practitioners(PractitionerRepository practitioners, PractitionerRows rows, Vocabulary vocabulary,
            Directory directory, Accounts accounts, Roles roles, Clock clock) {
        this.practitioners = practitioners;
        this.rows = rows;
        this.vocabulary = vocabulary;
        this.directory = directory;
        this.accounts = accounts;
        this.roles = roles;
        this.clock = clock;
    }

    /** Writes the whole profile of a person, creating it the first time. */
    public void save(AccountId actor, AccountId person, PractitionerProfile profile) {
        if (accounts.find(person).isEmpty()) {
            throw new NotFoundException("account");
        }
        Practitioner existing = practitioners.findById(person.value()).orElse(null);
        if (!mayEdit(actor, person, profile.organisation())
                && (existing == null || !mayEdit(actor, person, new OrganisationId(existing.organisation())))) {
            throw new AccessDeniedException("only the person, their focal point or an administrator edits a profile");
        }
        OrganisationSummary organisation = check(person, profile);
        Practitioner practitioner = existing == null ? new Practitioner(person) : existing;
        practitioner.write(profile, organisation.country(), clock.instant());
        practitioners.save(practitioner);
    }

    /**
     * Whether the actor may write the person's profile in this organisation: the person themselves, the focal point
     * of the organisation for one of its members, or a platform administrator.
     */
    @Transactional(readOnly = true)
    public boolean mayEdit(AccountId actor, AccountId person, OrganisationId organisation) {
        if (actor == null) {
            return false;
        }
        if (actor.equals(person) || roles.isPlatformAdministrator(actor)) {
            return true;
        }
        return organisation != null && roles.holds(actor, Role.FOCAL_POINT, organisation.value())
                && roles.holds(person, Role.ORGANISATION_MEMBER, organisation.value());
    }

    @Transactional(readOnly = true)
    public Optional<PractitionerView> find(AccountId person) {
        return rows.find(person);
    }

    /** The profile for its editors only: 404 without one, 403 for anyone else. */
    @Transactional(readOnly = true)
    public PractitionerView get(AccountId actor, AccountId person) {
        PractitionerView found = rows.find(person).orElseThrow(() -> new NotFoundException("practitioner"));
        if (!mayEdit(actor, person, found.organisation())) {
            throw new AccessDeniedException("not this practitioner's editor");
        }
        return found;
    }

    /** The local and regional governments the person is a member of: where a profile may be. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> governmentsOf(AccountId person) {
        return directory.findAll(roles.scopesOf(person, Role.ORGANISATION_MEMBER).stream().map(OrganisationId::new)
                .toList()).values().stream().filter(organisation -> GOVERNMENTS.contains(organisation.kind()))
                .sorted(Comparator.comparing(OrganisationSummary::name)).toList();
    }

    /** The practitioners of an organisation, for its focal point (and platform administrators). */
    @Transactional(readOnly = true)
    public List<PractitionerView> ofOrganisation(AccountId actor, OrganisationId organisation) {
        requireFocalPoint(actor, organisation);
        return rows.find(new PractitionerQuery(Set.of(), null, null, Set.of(), null, organisation)).stream()
                .sorted(Comparator.comparing(PractitionerView::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The members of an organisation, for its focal point to pick whose profile to write. */
    @Transactional(readOnly = true)
    public List<AccountSummary> membersOf(AccountId actor, OrganisationId organisation) {
        requireFocalPoint(actor, organisation);
        Map<AccountId, AccountSummary> members = accounts.findAll(
                roles.holders(Role.ORGANISATION_MEMBER, organisation.value()));
        return members.values().stream().sorted(Comparator.comparing(AccountSummary::displayName,
                String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Whether the actor is the organisation's focal point (or a platform administrator). */
    @Transactional(readOnly = true)
    public boolean isFocalPoint(AccountId actor, OrganisationId organisation) {
        return actor != null && roles.mayAct(actor, Role.FOCAL_POINT, organisation.value());
    }

    /**
     * The practitioners that meet every condition of the query. Callers decide who may see them: the registry
     * search is for programme secretariats, matching shows them to the secretariat of the request's programme.
     */
    @Transactional(readOnly = true)
    public List<PractitionerView> search(PractitionerQuery query) {
        return rows.find(query);
    }

    private void requireFocalPoint(AccountId actor, OrganisationId organisation) {
        if (!isFocalPoint(actor, organisation)) {
            throw new AccessDeniedException("only the focal point of organisation " + organisation.value());
        }
    }

    private OrganisationSummary check(AccountId person, PractitionerProfile profile) {
        if (profile.organisation() == null) {
            throw new ExchangeRefusal("organisation", "practitioner.organisation.required");
        }
        if (!roles.holds(person, Role.ORGANISATION_MEMBER, profile.organisation().value())) {
            throw new ExchangeRefusal("organisation", "practitioner.organisation.not-member");
        }
        OrganisationSummary organisation = directory.find(profile.organisation())
                .orElseThrow(() -> new ExchangeRefusal("organisation", "practitioner.organisation.not-member"));
        if (!GOVERNMENTS.contains(organisation.kind())) {
            throw new ExchangeRefusal("organisation", "practitioner.organisation.not-government");
        }
        if (profile.jobTitle() == null || profile.jobTitle().isBlank() || profile.jobTitle().strip().length() > 200) {
            throw new ExchangeRefusal("jobTitle", "practitioner.job-title.invalid");
        }
        if (!vocabulary.isFunction(profile.function())) {
            throw new ExchangeRefusal("function", "practitioner.function.invalid");
        }
        if (tooLong(profile.responsibilities())) {
            throw new ExchangeRefusal("responsibilities", "practitioner.text.too-long", 2000);
        }
        if (profile.topics().size() > MAX_TOPICS || !profile.topics().stream().allMatch(vocabulary::isTopic)) {
            throw new ExchangeRefusal("topics", "practitioner.topics.invalid", MAX_TOPICS);
        }
        checkLanguages(profile.languages());
        if (tooLong(profile.internationalExperience())) {
            throw new ExchangeRefusal("internationalExperience", "practitioner.text.too-long", 2000);
        }
        if (profile.availability().size() > MAX_PERIODS || !profile.availability().stream().allMatch(
                period -> period != null && period.from() != null && period.to() != null
                        && !period.to().isBefore(period.from()))) {
            throw new ExchangeRefusal("availability", "practitioner.availability.invalid", MAX_PERIODS);
        }
        return organisation;
    }

    private static void checkLanguages(List<SpokenLanguage> languages) {
        if (languages.size() > MAX_LANGUAGES || !languages.stream().allMatch(
                spoken -> spoken != null && spoken.level() != null && LANGUAGES.contains(spoken.code()))) {
            throw new ExchangeRefusal("languages", "practitioner.languages.invalid", MAX_LANGUAGES);
        }
        Set<String> seen = new HashSet<>();
        if (!languages.stream().allMatch(spoken -> seen.add(spoken.code()))) {
            throw new ExchangeRefusal("languages", "practitioner.languages.duplicate");
        }
    }

    private static boolean tooLong(String text) {
        return text != null && text.strip().length() > 2000;
    }
}
