package org.collegium.academy.certificate;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CertificateRepository extends Repository<Certificate, UUID> {

    Certificate saveAndFlush(Certificate certificate);

    @Query("select distinct c from Certificate c left join fetch c.courseTitle where c.number = :number")
    Optional<Certificate> findByNumber(@Param("number") String number);

    @Query("select distinct c from Certificate c left join fetch c.courseTitle where c.enrolmentId = :enrolment")
    Optional<Certificate> findByEnrolment(@Param("enrolment") UUID enrolment);

    boolean existsByNumber(String number);

    @Query("select distinct c from Certificate c left join fetch c.courseTitle where c.learnerId = :learner"
            + " order by c.issuedAt desc")
    List<Certificate> findByLearner(@Param("learner") UUID learner);

    /** The academy's certificates whose number or learner's name contains the pattern (already in lower case). */
    @Query("select distinct c from Certificate c left join fetch c.courseTitle where c.academyId = :academy"
            + " and (:pattern = '' or lower(c.number) like :pattern or lower(c.learnerName) like :pattern)"
            + " order by c.issuedAt desc")
    List<Certificate> findByAcademy(@Param("academy") UUID academy, @Param("pattern") String pattern);
}
