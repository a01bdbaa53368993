package org.collegium.academy;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AcademyLogoRepository extends JpaRepository<AcademyLogo, UUID> {

    /** Which academies have a logo, and its version, without reading the images. */
    @Query("select new org.collegium.academy.LogoVersion(l.academyId, l.sha256) from AcademyLogo l"
            + " where l.academyId in :academies")
    List<LogoVersion> versionsOf(Collection<UUID> academies);
}
