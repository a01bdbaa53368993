package org.collegium.exchange.expression;

import java.util.List;

import org.collegium.identity.AccountId;

/**
 * A practitioner a municipality proposes, as its focal point describes them in the expression (a snapshot: a
 * later change of the person's profile does not change what was proposed).
 *
 * @param account a member or focal point of the municipality
 * @param function a function code of the {@link org.collegium.exchange.Vocabulary}
 * @param internationalExperience an advantage, never a condition: may be null
 */
public record ProposedPractitioner(AccountId account, String jobTitle, String function, String responsibilities,
        List<LanguageSkill> languages, String internationalExperience) {

    public ProposedPractitioner {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
