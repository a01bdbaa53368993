package org.collegium.library.resource;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.library.ResourceId;
import org.collegium.library.ResourceView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Several resources at once, by id, whatever their status, for lists that other parts of the library build
 * (collections, use figures): the caller decides who sees what, for example only published ones on public pages.
 * One query, and one per kind of detail, whatever the number of resources.
 */
@Service
@Transactional(readOnly = true)
public class ResourceLookup {

    private final ResourceRepository resources;

    ResourceLookup(ResourceRepository resources) {
        this.resources = resources;
    }

    public Map<ResourceId, ResourceView> views(Collection<ResourceId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return resources.findAllById(ids.stream().map(ResourceId::value).collect(Collectors.<UUID>toSet())).stream()
                .map(Resource::view)
                .collect(Collectors.toMap(ResourceView::id, Function.identity()));
    }
}
