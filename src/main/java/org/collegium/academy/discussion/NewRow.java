package org.collegium.academy.discussion;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import java.util.UUID;

import org.springframework.data.domain.Persistable;

/**
 * Rows whose id the application makes: saved with one INSERT, without a look-up first.
 */
@MappedSuperclass
abstract class NewRow implements Persistable<UUID> {

    @Transient
    private boolean fresh = true;

    @Override
    public boolean isNew() {
        return fresh;
    }

    @PostLoad
    @PostPersist
    void stored() {
        fresh = false;
    }
}
