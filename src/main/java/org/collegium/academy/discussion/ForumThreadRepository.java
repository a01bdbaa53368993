package org.collegium.academy.discussion;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ForumThreadRepository extends JpaRepository<ForumThread, UUID> {

    @Query("select t from ForumThread t where t.forumId = :forumId "
            + "order by t.pinned desc, t.lastActivityAt desc, t.id")
    Page<ForumThread> findPage(UUID forumId, Pageable page);

    /** The thread, locked against a concurrent lock or reply, so a reply never slips in after locking. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from ForumThread t where t.id = :id")
    Optional<ForumThread> lockById(UUID id);
}
