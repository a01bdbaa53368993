package org.collegium.exchange.exchanges;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.collegium.exchange.ProgrammeId;
import org.collegium.identity.AccountId;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "exchange_budget_line")
class BudgetLine {

    @Id
    private UUID id;

    @Column(name = "exchange_id", nullable = false)
    private UUID exchange;

    @Column(name = "programme_id", nullable = false)
    private UUID programme;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BudgetCategory category;

    @Column(nullable = false)
    private String description;

    @Column(nullable = false)
    private BigDecimal planned;

    private BigDecimal spent;

    @Column(name = "over_budget", nullable = false)
    private boolean overBudget;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected BudgetLine() {
    }

    BudgetLine(ExchangeId exchange, ProgrammeId programme, BudgetLineDraft draft, boolean overBudget, AccountId by,
            Instant now) {
        this.id = UUID.randomUUID();
        this.exchange = exchange.value();
        this.programme = programme.value();
        this.category = draft.category();
        this.description = draft.description().strip();
        this.planned = draft.planned();
        this.overBudget = overBudget;
        this.createdBy = by.value();
        this.createdAt = now;
    }

    void spent(BigDecimal amount) {
        this.spent = amount;
    }

    UUID exchange() {
        return exchange;
    }

    ProgrammeId programme() {
        return new ProgrammeId(programme);
    }

    BudgetLineView view() {
        return new BudgetLineView(id, category, description, planned, spent, overBudget);
    }
}
