package org.collegium.library.search;

import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every minute, indexes again the resources whose indexing failed, each from the database as it is now (one since
 * withdrawn or deleted leaves the index). One that fails again goes back to the queue through
 * {@link IndexingRetries}.
 */
@Component
class IndexingRetryJob {

    private static final int BATCH = 100;

    private final RetryQueue queue;
    private final TransactionTemplate transaction;

    @PersistenceContext
    private EntityManager entityManager;

    IndexingRetryJob(RetryQueue queue, PlatformTransactionManager transactions) {
        this.queue = queue;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    void retry() {
        for (UUID id : queue.next(BATCH)) {
            transaction.executeWithoutResult(status -> {
                queue.remove(id);
                Class<?> type = entityManager.getMetamodel().entity(ResourceDocument.ENTITY).getJavaType();
                Object resource = entityManager.find(type, id);
                var plan = Search.session(entityManager).indexingPlan();
                if (resource == null) {
                    plan.purge(type, id, null);
                }
                else {
                    plan.addOrUpdate(resource);
                }
            });
        }
    }
}
