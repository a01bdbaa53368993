package org.collegium.academy.certificate;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.collegium.academy.AcademyId;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CertificateRefusal;
import org.collegium.academy.CertificateStatus;
import org.collegium.academy.CertificateView;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.EnrolmentId;
import org.collegium.academy.IssueCertificate;
import org.collegium.identity.AccountId;
import org.collegium.shared.i18n.TranslatedText;
import org.collegium.shared.i18n.Translation;

/**
 * A certificate of completion: a snapshot of who completed which course at which academy, under a public number.
 * It is valid until the academy revokes it, with a reason; nothing else about it changes.
 *
 * <p>The fields map onto an Open Badges 3.0 {@code AchievementCredential} (signing and export come later):
 * <ul>
 * <li>{@code id}: {@code urn:uuid:} of {@link #id};</li>
 * <li>{@code type}: {@code ["VerifiableCredential", "OpenBadgeCredential"]};</li>
 * <li>{@code name}: the course title ({@link #courseTitle}, in every language it had);</li>
 * <li>{@code issuer} (Profile): {@code id} = {@link #issuerUrl} (the academy's public page), {@code name} =
 *     {@link #issuerName};</li>
 * <li>{@code validFrom}: {@link #completedAt}; {@code awardedDate}: {@link #issuedAt};</li>
 * <li>{@code credentialSubject} (AchievementSubject): {@code identifier} = one IdentityObject with
 *     {@code identityType: "emailAddress"}, {@code hashed: true}, {@code identityHash} = {@link #subjectIdentityHash},
 *     {@code salt} = {@link #subjectIdentitySalt} (see {@link SubjectIdentity}); the learner's name is not published
 *     in the credential;</li>
 * <li>{@code credentialSubject.achievement}: {@code id} = {@link #achievementId} ({@code urn:uuid:} of the course),
 *     {@code achievementType: "Certificate"}, {@code name} = {@link #courseTitle},
 *     {@code description} = {@link #achievementDescription}, {@code criteria.narrative} = {@link #criteriaNarrative},
 *     {@code creditsAvailable}/{@code humanCode} may carry {@link #workload} and {@link #number};</li>
 * <li>{@code credentialStatus}: derived from {@link #status}; a revoked certificate is listed as revoked;</li>
 * <li>the human-readable evidence: the verification page {@code /certificates/{number}}.</li>
 * </ul>
 */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String number;

    @Column(name = "academy_id", nullable = false)
    private UUID academyId;

    @Column(name = "course_id", nullable = false)
    private UUID courseId;

    @Column(name = "run_id", nullable = false)
    private UUID runId;

    @Column(name = "enrolment_id", nullable = false, unique = true)
    private UUID enrolmentId;

    @Column(name = "learner_id", nullable = false)
    private UUID learnerId;

    @Column(name = "learner_name", nullable = false)
    private String learnerName;

    @Column(name = "course_original_language", nullable = false)
    private String courseOriginalLanguage;

    @ElementCollection
    @CollectionTable(name = "certificate_course_title", joinColumns = @JoinColumn(name = "certificate_id"))
    @MapKeyColumn(name = "language")
    private Map<String, Translation> courseTitle = new HashMap<>();

    private String workload;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CertificateStatus status;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private UUID revokedBy;

    @Column(name = "revocation_reason")
    private String revocationReason;

    @Column(name = "issuer_name", nullable = false)
    private String issuerName;

    @Column(name = "issuer_url", nullable = false)
    private String issuerUrl;

    @Column(name = "achievement_id", nullable = false)
    private String achievementId;

    @Column(name = "achievement_description", nullable = false)
    private String achievementDescription;

    @Column(name = "criteria_narrative", nullable = false)
    private String criteriaNarrative;

    @Column(name = "subject_identity_hash", nullable = false)
    private String subjectIdentityHash;

    @Column(name = "subject_identity_salt", nullable = false)
    private String subjectIdentitySalt;

    @Version
    private long version;

    protected Certificate() {
    }

    Certificate(String number, IssueCertificate command, String learnerName, SubjectIdentity subject,
            AcademySummary academy, String issuerUrl, Instant now) {
        this.id = UUID.randomUUID();
        this.number = number;
        this.academyId = command.academy().value();
        this.courseId = command.course().value();
        this.runId = command.run().value();
        this.enrolmentId = command.enrolment().value();
        this.learnerId = command.learner().value();
        this.learnerName = learnerName;
        this.courseOriginalLanguage = command.courseTitle().originalLanguage();
        this.courseTitle = new HashMap<>(command.courseTitle().translations());
        this.workload = command.workload();
        this.completedAt = command.completedAt();
        this.issuedAt = now;
        this.status = CertificateStatus.VALID;
        this.issuerName = academy.name();
        this.issuerUrl = issuerUrl;
        this.achievementId = "urn:uuid:" + command.course().value();
        String title = command.courseTitle().in(Locale.ENGLISH).text();
        this.achievementDescription = "Completion of the course \"" + title + "\" of " + academy.name() + ".";
        this.criteriaNarrative = "The learner met every completion criterion of the course \"" + title
                + "\" in one of its runs, as recorded by " + academy.name() + "."
                + (workload == null ? "" : " Workload: " + workload + ".");
        this.subjectIdentityHash = subject.hash();
        this.subjectIdentitySalt = subject.salt();
    }

    void revoke(AccountId actor, String reason, Instant now) {
        if (status == CertificateStatus.REVOKED) {
            throw new CertificateRefusal("reason", "certificate.revoke.already", number);
        }
        this.status = CertificateStatus.REVOKED;
        this.revokedAt = now;
        this.revokedBy = actor == null ? null : actor.value();
        this.revocationReason = reason;
    }

    String number() {
        return number;
    }

    AcademyId academy() {
        return new AcademyId(academyId);
    }

    CertificateView view(AcademySummary academy) {
        return new CertificateView(id, number, status, new AcademyId(academyId), academy, issuerName, issuerUrl,
                new CourseId(courseId), new CourseRunId(runId), new EnrolmentId(enrolmentId), new AccountId(learnerId),
                learnerName, new TranslatedText(courseOriginalLanguage, courseTitle), workload, completedAt, issuedAt,
                revokedAt, revokedBy == null ? null : new AccountId(revokedBy), revocationReason,
                new CertificateView.OpenBadgeFields("urn:uuid:" + id, achievementId, achievementDescription,
                        criteriaNarrative, completedAt, subjectIdentityHash, subjectIdentitySalt));
    }
}
