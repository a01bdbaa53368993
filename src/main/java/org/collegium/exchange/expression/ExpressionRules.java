package org.collegium.exchange.expression;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.Vocabulary;
import org.collegium.identity.AccountId;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.network.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * The limits of what an expression says, checked before anything is written. Refusals name the form field,
 * practitioners' fields by their row ({@code practitioners[1].function}).
 */
@Component
class ExpressionRules {

    static final int MAX_PRACTITIONERS = 10;
    static final int MAX_TEXT = 8000;
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_LANGUAGES = 10;

    private static final Set<String> LANGUAGES = Arrays.stream(Locale.getISOLanguages())
            .collect(Collectors.toUnmodifiableSet());

    private final Vocabulary vocabulary;
    private final Roles roles;

    ExpressionRules(Vocabulary vocabulary, Roles roles) {
        this.vocabulary = vocabulary;
        this.roles = roles;
    }

    /** Whether the account belongs to the municipality: one of its members or focal points. */
    boolean belongs(AccountId account, OrganisationId municipality) {
        return account != null && (roles.holds(account, Role.ORGANISATION_MEMBER, municipality.value())
                || roles.holds(account, Role.FOCAL_POINT, municipality.value()));
    }

    void check(ExpressionDraft draft, OrganisationId municipality) {
        List<ProposedPractitioner> practitioners = draft.practitioners();
        if (practitioners.size() > MAX_PRACTITIONERS) {
            throw new ExchangeRefusal("practitioners", "exchange.expression.practitioners.too-many", MAX_PRACTITIONERS);
        }
        Set<AccountId> seen = new HashSet<>();
        for (int i = 0; i < practitioners.size(); i++) {
            check(practitioners.get(i), "practitioners[" + i + "].", municipality, seen);
        }
        optional("motivation", draft.motivation(), MAX_TEXT);
        optional("technicalProposal", draft.technicalProposal(), MAX_TEXT);
        if ((draft.offeredFrom() == null) != (draft.offeredTo() == null)) {
            throw new ExchangeRefusal(draft.offeredFrom() == null ? "offeredFrom" : "offeredTo",
                    "exchange.expression.dates.both");
        }
        if (draft.offeredFrom() != null && draft.offeredTo().isBefore(draft.offeredFrom())) {
            throw new ExchangeRefusal("offeredTo", "exchange.expression.dates.order");
        }
    }

    private void check(ProposedPractitioner practitioner, String prefix, OrganisationId municipality,
            Set<AccountId> seen) {
        if (practitioner.account() == null) {
            throw new ExchangeRefusal(prefix + "account", "exchange.expression.practitioner.account.required");
        }
        if (!belongs(practitioner.account(), municipality)) {
            throw new ExchangeRefusal(prefix + "account", "exchange.expression.practitioner.not-member");
        }
        if (!seen.add(practitioner.account())) {
            throw new ExchangeRefusal(prefix + "account", "exchange.expression.practitioner.twice");
        }
        required(prefix + "jobTitle", practitioner.jobTitle(), MAX_TITLE);
        if (!vocabulary.isFunction(practitioner.function())) {
            throw new ExchangeRefusal(prefix + "function", "exchange.expression.practitioner.function.invalid");
        }
        required(prefix + "responsibilities", practitioner.responsibilities(), MAX_DESCRIPTION);
        if (practitioner.languages().isEmpty() || practitioner.languages().size() > MAX_LANGUAGES) {
            throw new ExchangeRefusal(prefix + "languages", "exchange.expression.practitioner.languages.invalid",
                    MAX_LANGUAGES);
        }
        Set<String> languages = new HashSet<>();
        for (LanguageSkill skill : practitioner.languages()) {
            if (skill == null || skill.language() == null || !LANGUAGES.contains(skill.language())
                    || skill.level() == null || !languages.add(skill.language())) {
                throw new ExchangeRefusal(prefix + "languages", "exchange.expression.practitioner.languages.invalid",
                        MAX_LANGUAGES);
            }
        }
        optional(prefix + "internationalExperience", practitioner.internationalExperience(), MAX_DESCRIPTION);
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new ExchangeRefusal(field, "exchange.expression.text.required");
        }
        optional(field, value, max);
    }

    private static void optional(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new ExchangeRefusal(field, "exchange.expression.text.too-long", max);
        }
    }
}
