package org.collegium.exchange.selection;

import java.util.UUID;

import org.collegium.exchange.ProgrammeId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "exchange_selection_criterion")
class SelectionCriterion {

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false)
    private UUID programme;

    @Column(nullable = false)
    private int position;

    @Column(name = "standard_code")
    private String standardCode;

    private String name;

    @Column(nullable = false)
    private int weight;

    @Column(name = "max_score", nullable = false)
    private int maxScore;

    protected SelectionCriterion() {
    }

    SelectionCriterion(ProgrammeId programme, int position, CriterionDraft draft) {
        this.id = UUID.randomUUID();
        this.programme = programme.value();
        this.position = position;
        this.standardCode = draft.standardCode();
        this.name = draft.standardCode() == null ? draft.name().strip() : null;
        this.weight = draft.weight();
        this.maxScore = draft.maxScore();
    }

    CriterionView view() {
        return new CriterionView(id, standardCode, name, weight, maxScore);
    }
}
