package org.collegium.academy.discussion;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ForumPostRepository extends JpaRepository<ForumPost, UUID> {

    @Query("select p from ForumPost p where p.threadId = :threadId order by p.opening desc, p.createdAt, p.id")
    List<ForumPost> findByThread(UUID threadId);

    /** The visible posts of a day with their thread and forum, for digests, in one query. */
    @Query("select new org.collegium.academy.discussion.DayPost(p, t, f) from ForumPost p, ForumThread t, Forum f "
            + "where t.id = p.threadId and f.id = t.forumId and p.hidden = false "
            + "and p.createdAt >= :from and p.createdAt < :until order by f.courseId, t.id, p.createdAt")
    List<DayPost> findPostedBetween(Instant from, Instant until);
}
