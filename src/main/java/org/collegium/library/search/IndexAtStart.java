package org.collegium.library.search;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Compares, at start-up, the index with the published resources of the database. An empty index while resources are
 * published (a new node, a lost or deleted index directory, a first start on OpenSearch) is rebuilt at once, in the
 * background or before serving as {@code collegium.search.start-rebuild} says. An index that merely differs is only
 * reported: rebuilding it would empty every node's search while it runs, so that is an administrator's decision
 * ({@code /library/admin/index}).
 */
@Service
public class IndexAtStart {

    private static final Logger log = LoggerFactory.getLogger(IndexAtStart.class);
    private static final Duration LONGEST_WAIT = Duration.ofMinutes(30);

    private final EntityManagerFactory entityManagers;
    private final IndexRebuild rebuild;
    private final SearchSettings settings;

    IndexAtStart(EntityManagerFactory entityManagers, IndexRebuild rebuild, SearchSettings settings) {
        this.entityManagers = entityManagers;
        this.rebuild = rebuild;
        this.settings = settings;
    }

    /**
     * @param published how many resources the database holds as published
     * @return whether a rebuild was started
     */
    public boolean check(long published) {
        if (settings.startRebuild() == SearchSettings.StartRebuild.OFF || published == 0) {
            return false;
        }
        long indexed = indexed();
        if (indexed == published) {
            return false;
        }
        if (indexed > 0) {
            log.warn("The library's search index holds {} documents for {} published resources; an administrator can "
                    + "rebuild it at /library/admin/index", indexed, published);
            return false;
        }
        log.info("The library's search index is empty while {} resources are published: rebuilding it", published);
        boolean started = rebuild.start();
        if (started && settings.startRebuild() == SearchSettings.StartRebuild.WAIT) {
            awaitRebuild();
        }
        return started;
    }

    long indexed() {
        try (EntityManager entityManager = entityManagers.createEntityManager()) {
            var session = Search.session(entityManager);
            return session.search(session.scope(Object.class, ResourceDocument.ENTITY))
                    .where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    private void awaitRebuild() {
        try {
            rebuild.awaitEnd(LONGEST_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TimeoutException e) {
            log.warn("The library's search index is still being rebuilt after {}; serving meanwhile", LONGEST_WAIT);
        }
    }
}
