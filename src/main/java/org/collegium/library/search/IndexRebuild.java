package org.collegium.library.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the library's index from the database on a platform administrator's demand (after a change of backend
 * or of analyzers, or to repair it), one rebuild at a time, and says how far it has got. The progress is this
 * node's: the rebuild runs on the node that was asked.
 */
@Service
public class IndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final EntityManagerFactory entityManagers;
    private final Clock clock;
    private final BrowseCache browsing;
    private final AtomicReference<Progress> progress = new AtomicReference<>(Progress.IDLE);
    private volatile CompletableFuture<?> finished = CompletableFuture.completedFuture(null);

    IndexRebuild(EntityManagerFactory entityManagers, Clock clock, BrowseCache browsing) {
        this.entityManagers = entityManagers;
        this.clock = clock;
        this.browsing = browsing;
    }

    public enum State { IDLE, RUNNING, FINISHED, FAILED }

    /** Where the rebuild stands: resources indexed out of those to index. */
    public record Progress(State state, long done, long total, Instant startedAt, Instant finishedAt) {

        static final Progress IDLE = new Progress(State.IDLE, 0, 0, null, null);

        public int percent() {
            return total == 0 ? (state == State.FINISHED ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }

        public long seconds() {
            return startedAt == null || finishedAt == null ? 0 : Duration.between(startedAt, finishedAt).toSeconds();
        }

        public boolean running() {
            return state == State.RUNNING;
        }
    }

    public Progress progress() {
        return progress.get();
    }

    /** Starts a rebuild in the background; false if one is already running. */
    public boolean start() {
        Progress current = progress.get();
        if (current.running()) {
            return false;
        }
        Instant started = clock.instant();
        if (!progress.compareAndSet(current, new Progress(State.RUNNING, 0, 0, started, null))) {
            return false;
        }
        var done = new AtomicLong();
        var total = new AtomicLong();
        finished = Search.mapping(entityManagers).scope(Object.class, ResourceDocument.ENTITY).massIndexer()
                .threadsToLoadObjects(2)
                .batchSizeToLoadObjects(50)
                .monitor(new Monitor(done, total, started))
                .start()
                .whenComplete((result, error) -> {
                    browsing.indexChanged();
                    State end = error == null ? State.FINISHED : State.FAILED;
                    if (error != null) {
                        log.error("Rebuilding the library's search index failed", error);
                    }
                    progress.set(new Progress(end, done.get(), Math.max(total.get(), done.get()), started,
                            clock.instant()));
                }).toCompletableFuture();
        return true;
    }

    /** Waits, at most so long, until the rebuild under way (if any) has ended. */
    void awaitEnd(Duration atMost) throws InterruptedException, TimeoutException {
        try {
            finished.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            // Reported by the rebuild itself, in its progress and the log.
        }
    }

    /** Counts what the mass indexer reports into the current progress. */
    private final class Monitor implements MassIndexingMonitor {

        private final AtomicLong done;
        private final AtomicLong total;
        private final Instant started;

        Monitor(AtomicLong done, AtomicLong total, Instant started) {
            this.done = done;
            this.total = total;
            this.started = started;
        }

        @Override
        public void documentsAdded(long increment) {
            publish(done.addAndGet(increment), total.get());
        }

        @Override
        public void documentsBuilt(long increment) {
        }

        @Override
        public void entitiesLoaded(long increment) {
        }

        @Override
        public void addToTotalCount(long increment) {
            publish(done.get(), total.addAndGet(increment));
        }

        @Override
        public void indexingCompleted() {
        }

        private void publish(long indexed, long count) {
            progress.updateAndGet(current -> current.running()
                    ? new Progress(State.RUNNING, indexed, count, started, null) : current);
        }
    }
}
