package org.collegium.exchange;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchange programmes such as CONNECT: their secretariat, the partner countries and the countries that offer
 * expertise, the help contact and the budget. Platform administrators set programmes up and appoint their
 * secretariat. A refused programme is an
 * {@link ExchangeRefusal} naming the field, and nothing is written.
 */
@Service
@Transactional
public class Programmes {

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ProgrammeRepository programmes;
    private final Directory directory;
    private final Roles roles;
    private final Clock clock;

    Programmes(ProgrammeRepository programmes, Directory directory, Roles roles, Clock clock) {
        this.programmes = programmes;
        this.directory = directory;
        this.roles = roles;
        this.clock = clock;
    }

    public ProgrammeId create(AccountId actor, NewProgramme programme) {
        if (!roles.isPlatformAdministrator(actor)) {
            throw new AccessDeniedException("only platform administrators set programmes up");
        }
        check(programme);
        return programmes.save(new Programme(programme, clock.instant())).id();
    }

    /**
     * Appoints a person to the programme's secretariat, who then manages its calls. Platform administrators and the
     * secretariat itself appoint.
     */
    public void appointSecretariat(AccountId actor, ProgrammeId programme, AccountId person) {
        requireExists(programme);
        if (actor == null || !roles.mayAct(actor, Role.PROGRAMME_SECRETARIAT, programme.value())) {
            throw new AccessDeniedException("only the secretariat of programme " + programme.value() + " appoints");
        }
        roles.grant(person, Role.PROGRAMME_SECRETARIAT, programme.value());
    }

    /** Sets what happens to a budget line that takes the committed total past the budget: refused or flagged. */
    public ProgrammeView setBudgetOverrun(AccountId actor, ProgrammeId programme, BudgetOverrun policy) {
        Programme found = programmes.findById(programme.value()).orElseThrow(() -> new NotFoundException("programme"));
        if (actor == null || !roles.mayAct(actor, Role.PROGRAMME_SECRETARIAT, programme.value())) {
            throw new AccessDeniedException("only the secretariat of programme " + programme.value() + " sets its budget rules");
        }
        if (policy == null) {
            throw new ExchangeRefusal("budgetOverrun", "exchange.programme.overrun.required");
        }
        found.budgetOverrun(policy);
        return found.view();
    }

    /**
     * The programme, locked until the caller's transaction ends: for the parts that commit its budget, so that two
     * budget lines written at once are checked one after the other.
     */
    public ProgrammeView lockForBudget(ProgrammeId programme) {
        return programmes.lockById(programme.value()).map(Programme::view)
                .orElseThrow(() -> new NotFoundException("programme"));
    }

    @Transactional(readOnly = true)
    public ProgrammeView get(ProgrammeId id) {
        return programmes.findById(id.value()).map(Programme::view).orElseThrow(() -> new NotFoundException("programme"));
    }

    /** Every programme, by name. */
    @Transactional(readOnly = true)
    public List<ProgrammeView> all() {
        return programmes.findAll().stream().map(Programme::view).sorted(Comparator.comparing(ProgrammeView::name)).toList();
    }

    private void check(NewProgramme programme) {
        if (programme.name() == null || programme.name().isBlank() || programme.name().strip().length() > 200) {
            throw new ExchangeRefusal("name", "exchange.programme.name.invalid");
        }
        if (programme.secretariat().isEmpty()
                || directory.findAll(programme.secretariat()).size() != programme.secretariat().size()) {
            throw new ExchangeRefusal("secretariat", "exchange.programme.secretariat.invalid");
        }
        checkCountries("partnerCountries", programme.partnerCountries());
        checkCountries("expertiseCountries", programme.expertiseCountries());
        if (programme.helpContact() == null || !ADDRESS.matcher(programme.helpContact().strip()).matches()) {
            throw new ExchangeRefusal("helpContact", "exchange.programme.help-contact.invalid");
        }
        if (programme.budget() == null || programme.budget().signum() < 0 || programme.budget().scale() > 2
                || programme.budget().compareTo(new BigDecimal("999999999999.99")) > 0) {
            throw new ExchangeRefusal("budget", "exchange.programme.budget.invalid");
        }
        try {
            Currency.getInstance(programme.budgetCurrency());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            throw new ExchangeRefusal("budgetCurrency", "exchange.programme.currency.invalid");
        }
    }

    private static void checkCountries(String field, Set<String> codes) {
        if (codes.isEmpty() || !codes.stream().allMatch(Countries::isKnown)) {
            throw new ExchangeRefusal(field, "exchange.programme.countries.invalid");
        }
    }

    /** For the module's own parts: that the programme exists. */
    void requireExists(ProgrammeId id) {
        if (!programmes.existsById(id.value())) {
            throw new NotFoundException("programme");
        }
    }
}
