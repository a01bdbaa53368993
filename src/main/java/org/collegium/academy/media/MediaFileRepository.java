package org.collegium.academy.media;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface MediaFileRepository extends JpaRepository<MediaFile, UUID> {

    List<MediaFile> findByAcademyIdAndSubmittedByIsNullOrderByUploadedAtDesc(UUID academyId);

    List<MediaFile> findByActivityIdAndSubmittedByIsNullOrderByUploadedAtAsc(UUID activityId);
}
