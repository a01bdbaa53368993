package org.collegium.library.search;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.collegium.library.ResourceId;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A resource is saved even when its indexing fails (the index is down, say): Hibernate Search indexes after the
 * commit, and this synchronization strategy, instead of throwing at the caller, puts the resources that failed in
 * the {@link RetryQueue}, which {@link IndexingRetryJob} works through. Otherwise it waits for indexing as
 * {@code collegium.search.synchronization} says ({@code sync}, {@code write-sync}, {@code read-sync} or
 * {@code async}, Hibernate Search's strategies of the same names). Every indexing that ends, well or not, tells the
 * {@link BrowseCache} that the index may have changed.
 */
@Component(IndexingRetries.BEAN)
class IndexingRetries implements IndexingPlanSynchronizationStrategy {

    static final String BEAN = "libraryIndexingRetries";
    private static final Logger log = LoggerFactory.getLogger(IndexingRetries.class);

    private final String synchronization;
    private final boolean refreshesOnWrite;
    private final RetryQueue queue;
    private final BrowseCache browsing;

    IndexingRetries(SearchSettings settings, RetryQueue queue, BrowseCache browsing) {
        this.synchronization = settings.synchronization();
        this.refreshesOnWrite = settings.refreshesOnWrite();
        this.queue = queue;
        this.browsing = browsing;
    }

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        boolean commit = "sync".equals(synchronization) || "write-sync".equals(synchronization);
        context.documentCommitStrategy(commit ? DocumentCommitStrategy.FORCE : DocumentCommitStrategy.NONE);
        context.documentRefreshStrategy(
                refreshesOnWrite ? DocumentRefreshStrategy.FORCE : DocumentRefreshStrategy.NONE);
        if ("async".equals(synchronization)) {
            context.indexingFutureHandler(future -> future.whenComplete(this::handle));
        }
        else {
            context.indexingFutureHandler(this::awaitAndHandle);
        }
    }

    private void awaitAndHandle(CompletableFuture<? extends SearchIndexingPlanExecutionReport> future) {
        try {
            handle(future.join(), null);
        }
        catch (RuntimeException e) {
            handle(null, e);
        }
    }

    void handle(SearchIndexingPlanExecutionReport report, Throwable error) {
        // Whatever happened, the index may have changed.
        browsing.indexChanged();
        if (error != null) {
            log.error("Indexing failed; the resources concerned are not known", error);
            return;
        }
        if (report.throwable().isPresent()) {
            List<? extends EntityReference> failing = report.failingEntities();
            log.warn("Indexing of {} resource(s) failed; retrying later", failing.size(), report.throwable().get());
            failing.forEach(reference -> queue.record(new ResourceId((UUID) reference.id())));
        }
    }
}
