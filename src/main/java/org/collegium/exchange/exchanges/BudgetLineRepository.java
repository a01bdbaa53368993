package org.collegium.exchange.exchanges;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BudgetLineRepository extends JpaRepository<BudgetLine, UUID> {

    @Query("select l from BudgetLine l where l.exchange = :exchange order by l.createdAt, l.id")
    List<BudgetLine> findByExchange(UUID exchange);

    @Query("select l from BudgetLine l where l.programme = :programme")
    List<BudgetLine> findByProgramme(UUID programme);

    @Query("select coalesce(sum(l.planned), 0) from BudgetLine l where l.programme = :programme")
    BigDecimal committed(UUID programme);
}
