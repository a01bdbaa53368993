package org.collegium.academy.discussion;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ModerationRecordRepository extends JpaRepository<ModerationRecord, UUID> {

    List<ModerationRecord> findByAcademyIdOrderByActedAtDesc(UUID academyId);
}
