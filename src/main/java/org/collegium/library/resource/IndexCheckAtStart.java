package org.collegium.library.resource;

import org.collegium.library.ResourceStatus;
import org.collegium.library.search.IndexAtStart;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the application has started (after the demo data, if any), tells the search how many resources are
 * published, so that an empty index is rebuilt ({@link IndexAtStart}).
 */
@Component
class IndexCheckAtStart {

    private final ResourceRepository resources;
    private final IndexAtStart index;

    IndexCheckAtStart(ResourceRepository resources, IndexAtStart index) {
        this.resources = resources;
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        index.check(resources.countByStatus(ResourceStatus.PUBLISHED));
    }
}
