package org.collegium.identity;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID> {

    Page<AuditEntry> findByAction(String action, Pageable pageable);

    @Query("select distinct e.action from AuditEntry e order by e.action")
    List<String> findActions();
}
