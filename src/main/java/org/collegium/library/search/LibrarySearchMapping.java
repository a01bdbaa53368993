package org.collegium.library.search;

import org.collegium.library.resource.Resource;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * How library resources are indexed, declared here rather than with annotations so that the entity stays free of
 * search concerns: one index of published resources, written by {@link ResourceBridge}.
 */
public class LibrarySearchMapping implements HibernateOrmSearchMappingConfigurer {

    static final String INDEX = "collegium-library-resources";

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var resource = context.programmaticMapping().type(Resource.class);
        resource.indexed().index(INDEX).routingBinder(new PublishedOnly.Binder());
        resource.binder(new ResourceBridge.Binder());
    }
}
