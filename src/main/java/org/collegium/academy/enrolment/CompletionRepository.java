package org.collegium.academy.enrolment;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CompletionRepository extends JpaRepository<ActivityCompletion, ActivityCompletion.Key> {

    @Query("select c from ActivityCompletion c where c.key.enrolmentId in :enrolments")
    List<ActivityCompletion> findByEnrolments(Collection<java.util.UUID> enrolments);
}
