package org.collegium.exchange.selection;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collegium.exchange.ExchangeRefusal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One reviewer's scores for one expression of interest: saved as often as the reviewer likes, then submitted once,
 * after which it is final and the reviewer may see the others' submitted sheets.
 */
@Entity
@Table(name = "exchange_scoresheet")
class Scoresheet {

    @Id
    private UUID id;

    @Column(name = "call_id", nullable = false)
    private UUID call;

    @Column(name = "expression_id", nullable = false)
    private UUID expression;

    @Column(name = "reviewer_id", nullable = false)
    private UUID reviewer;

    @ElementCollection
    @CollectionTable(name = "exchange_score", joinColumns = @JoinColumn(name = "scoresheet_id"))
    @MapKeyColumn(name = "criterion_id")
    @Column(name = "score", nullable = false)
    private Map<UUID, Integer> scores = new HashMap<>();

    private String comment;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Scoresheet() {
    }

    Scoresheet(UUID call, UUID expression, UUID reviewer, Instant now) {
        this.id = UUID.randomUUID();
        this.call = call;
        this.expression = expression;
        this.reviewer = reviewer;
        this.updatedAt = now;
    }

    /** Replaces the scores given so far; each must lie between 0 and its criterion's maximum. */
    void record(List<CriterionView> criteria, Map<UUID, Integer> given, String comment, Instant now) {
        if (submittedAt != null) {
            throw new ExchangeRefusal(null, "selection.sheet.submitted");
        }
        Map<UUID, Integer> checked = new HashMap<>();
        for (CriterionView criterion : criteria) {
            Integer score = given.get(criterion.id());
            if (score == null) {
                continue;
            }
            if (score < 0 || score > criterion.maxScore()) {
                throw new ExchangeRefusal("score-" + criterion.id(), "selection.score.range", criterion.maxScore());
            }
            checked.put(criterion.id(), score);
        }
        if (!criteria.stream().map(CriterionView::id).toList().containsAll(given.keySet())) {
            throw new ExchangeRefusal(null, "selection.score.unknown-criterion");
        }
        if (comment != null && comment.strip().length() > 4000) {
            throw new ExchangeRefusal("comment", "selection.comment.too-long", 4000);
        }
        scores.clear();
        scores.putAll(checked);
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        this.updatedAt = now;
    }

    /** Makes the sheet final; every criterion must have a score. */
    void submit(List<CriterionView> criteria, Instant now) {
        if (submittedAt != null) {
            throw new ExchangeRefusal(null, "selection.sheet.submitted");
        }
        for (CriterionView criterion : criteria) {
            if (!scores.containsKey(criterion.id())) {
                throw new ExchangeRefusal("score-" + criterion.id(), "selection.score.missing");
            }
        }
        this.submittedAt = now;
        this.updatedAt = now;
    }

    boolean submitted() {
        return submittedAt != null;
    }

    UUID expression() {
        return expression;
    }

    UUID reviewer() {
        return reviewer;
    }

    Map<UUID, Integer> scores() {
        return Map.copyOf(scores);
    }

    String comment() {
        return comment;
    }

    Instant submittedAt() {
        return submittedAt;
    }
}
