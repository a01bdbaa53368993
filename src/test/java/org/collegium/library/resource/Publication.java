package org.collegium.library.resource;

import java.lang.reflect.Field;

import jakarta.persistence.EntityManager;

import org.collegium.library.ResourceId;
import org.collegium.library.ResourceStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves a resource to a status through Hibernate, as the editorial workflow does, so that the change reaches the
 * index by the same automatic indexing (not by SQL behind Hibernate's back).
 */
public final class Publication {

    private final EntityManager entityManager;
    private final TransactionTemplate transaction;

    public Publication(EntityManager entityManager, PlatformTransactionManager transactions) {
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
    }

    public void publish(ResourceId id) {
        move(id, ResourceStatus.PUBLISHED);
    }

    public void withdraw(ResourceId id) {
        move(id, ResourceStatus.WITHDRAWN);
    }

    private void move(ResourceId id, ResourceStatus status) {
        transaction.executeWithoutResult(tx -> {
            Resource resource = entityManager.find(Resource.class, id.value());
            try {
                Field field = Resource.class.getDeclaredField("status");
                field.setAccessible(true);
                field.set(resource, status);
            }
            catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
