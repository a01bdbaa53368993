package org.collegium.exchange.expression.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.identity.LanguageLevel;
import org.collegium.exchange.expression.ExpressionDraft;
import org.collegium.exchange.expression.ExpressionOfInterestView;
import org.collegium.exchange.expression.LanguageSkill;
import org.collegium.exchange.expression.ProposedPractitioner;
import org.collegium.identity.AccountId;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The expression form as typed. Rows of practitioners grow without JavaScript (a button adds an empty one); a row
 * whose person is not chosen is left out, and so is a language row without a language.
 */
record ExpressionForm(List<PractitionerForm> practitioners, String motivation, String technicalProposal,
        ExchangeMethod method, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate offeredFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate offeredTo) {

    static final int LANGUAGE_ROWS = 3;

    ExpressionForm {
        practitioners = practitioners == null ? new ArrayList<>() : new ArrayList<>(practitioners);
        practitioners.replaceAll(row -> row == null ? PractitionerForm.empty() : row.padded());
    }

    static ExpressionForm empty() {
        return new ExpressionForm(List.of(PractitionerForm.empty(), PractitionerForm.empty()), "", "", null, null,
                null);
    }

    static ExpressionForm of(ExpressionOfInterestView view) {
        List<PractitionerForm> rows = new ArrayList<>(view.practitioners().stream().map(PractitionerForm::of).toList());
        rows.add(PractitionerForm.empty());
        return new ExpressionForm(rows, view.motivation(), view.technicalProposal(), view.method(),
                view.offeredFrom(), view.offeredTo());
    }

    /** The same form with one more empty row of practitioner. */
    ExpressionForm withAnotherRow() {
        List<PractitionerForm> rows = new ArrayList<>(practitioners);
        rows.add(PractitionerForm.empty());
        return new ExpressionForm(rows, motivation, technicalProposal, method, offeredFrom, offeredTo);
    }

    /**
     * What the form says, for the facade; a row's position in the draft is kept in {@code positions} so that a
     * refusal about practitioner n comes back to the row it was typed in.
     */
    ExpressionDraft toDraft(List<Integer> positions) {
        List<ProposedPractitioner> proposed = new ArrayList<>();
        for (int i = 0; i < practitioners.size(); i++) {
            PractitionerForm row = practitioners.get(i);
            if (row.account() != null) {
                positions.add(i);
                proposed.add(row.toPractitioner());
            }
        }
        return new ExpressionDraft(proposed, motivation, technicalProposal, method, offeredFrom, offeredTo);
    }

    record PractitionerForm(UUID account, String jobTitle, String function, String responsibilities,
            List<LanguageForm> languages, String internationalExperience) {

        static PractitionerForm empty() {
            return new PractitionerForm(null, "", "", "", List.of(), "").padded();
        }

        static PractitionerForm of(ProposedPractitioner practitioner) {
            return new PractitionerForm(practitioner.account().value(), practitioner.jobTitle(),
                    practitioner.function(), practitioner.responsibilities(), practitioner.languages().stream()
                            .map(skill -> new LanguageForm(skill.language(), skill.level())).toList(),
                    practitioner.internationalExperience()).padded();
        }

        /** At least {@link #LANGUAGE_ROWS} language rows, the empty ones last. */
        PractitionerForm padded() {
            List<LanguageForm> rows = new ArrayList<>(languages == null ? List.of() : languages);
            rows.replaceAll(row -> row == null ? new LanguageForm("", null) : row);
            while (rows.size() < LANGUAGE_ROWS) {
                rows.add(new LanguageForm("", null));
            }
            return new PractitionerForm(account, jobTitle, function, responsibilities, rows, internationalExperience);
        }

        ProposedPractitioner toPractitioner() {
            List<LanguageSkill> skills = languages.stream()
                    .filter(row -> row.language() != null && !row.language().isBlank())
                    .map(row -> new LanguageSkill(row.language().strip().toLowerCase(java.util.Locale.ROOT), row.level()))
                    .toList();
            return new ProposedPractitioner(new AccountId(account), jobTitle, function, responsibilities, skills,
                    internationalExperience);
        }
    }

    record LanguageForm(String language, LanguageLevel level) {
    }
}
