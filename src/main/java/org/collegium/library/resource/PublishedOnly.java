package org.collegium.library.resource;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only published resources are in the index: a draft is never added, and a resource that is withdrawn (or sent back
 * to its author) is removed as soon as its new status is saved. Queries filter on the status as well.
 */
class PublishedOnly implements RoutingBridge<Resource> {

    @Override
    public void route(DocumentRoutes routes, Object entityIdentifier, Resource resource,
            RoutingBridgeRouteContext context) {
        if (resource.status().isPublic()) {
            routes.addRoute();
        }
        else {
            routes.notIndexed();
        }
    }

    @Override
    public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Resource resource,
            RoutingBridgeRouteContext context) {
        // It may have been published before: its document, if any, has the one route there is.
        routes.addRoute();
    }

    static class Binder implements RoutingBinder {

        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("status");
            context.bridge(Resource.class, new PublishedOnly());
        }
    }
}
