package org.collegium.library.resource;

import org.collegium.library.search.ResourceDocument;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How resources are indexed for the library's search, declared here rather than with annotations so that the
 * entity stays free of search concerns: one index of published resources ({@link PublishedOnly}), its documents
 * written by {@link ResourceIndexBridge} with the fields of {@link ResourceDocument}. The search queries themselves
 * ({@code org.collegium.library.search.LibrarySearch}) read only the index.
 */
public class ResourceSearchMapping implements HibernateOrmSearchMappingConfigurer {

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        var resource = context.programmaticMapping().type(Resource.class);
        resource.indexed().index(ResourceDocument.INDEX).routingBinder(new PublishedOnly.Binder());
        resource.binder(new ResourceIndexBridge.Binder());
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        HibernatePropertiesCustomizer resourceSearchMapping() {
            return properties -> properties.put("hibernate.search.mapping.configurer",
                    "class:" + ResourceSearchMapping.class.getName());
        }
    }
}
