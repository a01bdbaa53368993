package org.collegium.library.resource;

import java.util.List;

import org.collegium.library.ResourceView;

/**
 * One page of a harvest: the records in the order of last change then id, how many records the whole list holds,
 * and whether more follow.
 */
public record HarvestPage(List<ResourceView> resources, long completeListSize, boolean more) {

    public HarvestPosition last() {
        ResourceView last = resources.getLast();
        return new HarvestPosition(last.updatedAt(), last.id().value());
    }
}
