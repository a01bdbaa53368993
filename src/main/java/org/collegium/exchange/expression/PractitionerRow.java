package org.collegium.exchange.expression;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.collegium.identity.AccountId;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** A proposed practitioner of an expression, as typed in the form when it was saved. */
@Entity
@Table(name = "exchange_expression_practitioner")
class PractitionerRow {

    @Id
    private UUID id;

    @Column(nullable = false)
    private int position;

    @Column(name = "account_id", nullable = false)
    private UUID account;

    @Column(name = "job_title", nullable = false)
    private String jobTitle;

    @Column(name = "function_code", nullable = false)
    private String function;

    @Column(nullable = false)
    private String responsibilities;

    @Column(name = "international_experience")
    private String internationalExperience;

    @ElementCollection
    @CollectionTable(name = "exchange_expression_language", joinColumns = @JoinColumn(name = "practitioner_id"))
    private List<SpokenLanguage> languages = new ArrayList<>();

    protected PractitionerRow() {
    }

    PractitionerRow(int position, ProposedPractitioner practitioner) {
        this.id = UUID.randomUUID();
        this.position = position;
        this.account = practitioner.account().value();
        this.jobTitle = practitioner.jobTitle().strip();
        this.function = practitioner.function();
        this.responsibilities = practitioner.responsibilities().strip();
        String experience = practitioner.internationalExperience();
        this.internationalExperience = experience == null || experience.isBlank() ? null : experience.strip();
        practitioner.languages().stream().map(SpokenLanguage::new).forEach(languages::add);
    }

    int position() {
        return position;
    }

    ProposedPractitioner view() {
        return new ProposedPractitioner(new AccountId(account), jobTitle, function, responsibilities,
                languages.stream().map(SpokenLanguage::skill)
                        .sorted(Comparator.comparing(LanguageSkill::level).reversed()
                                .thenComparing(LanguageSkill::language))
                        .toList(),
                internationalExperience);
    }
}
