package org.collegium.exchange.exchanges;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.collegium.exchange.BudgetOverrun;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.ProgrammeId;
import org.collegium.exchange.ProgrammeView;
import org.collegium.exchange.Programmes;
import org.collegium.identity.AccountId;
import org.collegium.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The costs of exchanges against their programme's budget. A new line is checked with the programme locked, so two
 * lines written at once cannot both slip under the budget: past it, the line is refused or recorded and flagged, as
 * the programme sets.
 */
@Service
@Transactional
public class ExchangeBudget {

    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999.99");

    private final BudgetLineRepository lines;
    private final ExchangeRepository exchanges;
    private final Programmes programmes;
    private final ExchangeAccess access;
    private final Clock clock;

    ExchangeBudget(BudgetLineRepository lines, ExchangeRepository exchanges, Programmes programmes,
            ExchangeAccess access, Clock clock) {
        this.lines = lines;
        this.exchanges = exchanges;
        this.programmes = programmes;
        this.access = access;
        this.clock = clock;
    }

    public BudgetLineView addLine(AccountId actor, ExchangeId exchangeId, BudgetLineDraft draft) {
        Exchange exchange = exchanges.findById(exchangeId.value()).orElseThrow(() -> new NotFoundException("exchange"));
        access.requireSecretariat(actor, exchange.programme());
        check(draft);
        ProgrammeView programme = programmes.lockForBudget(exchange.programme());
        BigDecimal committed = lines.committed(programme.id().value()).add(draft.planned());
        boolean over = committed.compareTo(programme.budget()) > 0;
        if (over && programme.budgetOverrun() == BudgetOverrun.REFUSE) {
            throw new ExchangeRefusal("planned", "exchanges.budget.overrun", programme.budget().subtract(
                    lines.committed(programme.id().value())).max(BigDecimal.ZERO).toPlainString(),
                    programme.budgetCurrency());
        }
        return lines.save(new BudgetLine(exchangeId, programme.id(), draft, over, actor, clock.instant())).view();
    }

    /** Records what a line actually cost. */
    public BudgetLineView recordSpent(AccountId actor, UUID lineId, BigDecimal spent) {
        BudgetLine line = lines.findById(lineId).orElseThrow(() -> new NotFoundException("budget line"));
        access.requireSecretariat(actor, line.programme());
        if (!amount(spent)) {
            throw new ExchangeRefusal("spent", "exchanges.budget.amount.invalid");
        }
        line.spent(spent);
        return line.view();
    }

    /** The programme's budget, what its exchanges have committed and spent, and the lines past the budget. */
    @Transactional(readOnly = true)
    public BudgetSummary summary(AccountId actor, ProgrammeId programme) {
        access.requireSecretariat(actor, programme);
        ProgrammeView view = programmes.get(programme);
        List<BudgetLineView> all = lines.findByProgramme(programme.value()).stream().map(BudgetLine::view).toList();
        BigDecimal committed = all.stream().map(BudgetLineView::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = all.stream().map(BudgetLineView::spent).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BudgetSummary(view.budget(), committed, spent, view.budgetCurrency(),
                (int) all.stream().filter(BudgetLineView::overBudget).count());
    }

    private static void check(BudgetLineDraft draft) {
        if (draft.category() == null) {
            throw new ExchangeRefusal("category", "exchanges.budget.category.required");
        }
        if (draft.description() == null || draft.description().isBlank() || draft.description().strip().length() > 300) {
            throw new ExchangeRefusal("description", "exchanges.budget.description.invalid", 300);
        }
        if (!amount(draft.planned())) {
            throw new ExchangeRefusal("planned", "exchanges.budget.amount.invalid");
        }
    }

    private static boolean amount(BigDecimal value) {
        return value != null && value.signum() >= 0 && value.scale() <= 2 && value.compareTo(MAX_AMOUNT) <= 0;
    }
}
