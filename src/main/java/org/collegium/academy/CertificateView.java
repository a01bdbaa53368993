package org.collegium.academy;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.shared.i18n.LocalizedText;
import org.collegium.shared.i18n.TranslatedText;

/**
 * A certificate as pages, the PDF and (later) the Open Badges export read it.
 *
 * @param academy the issuing academy as it is now (its branding may have changed since the issue); null if it is gone
 * @param learnerName the learner's display name when the certificate was issued
 * @param courseTitle the course title in every language, when the certificate was issued
 * @param workload optional hours or credits text, or null
 * @param revokedAt null unless revoked, like {@code revokedBy} and {@code revocationReason}
 */
public record CertificateView(UUID id, String number, CertificateStatus status, AcademyId academyId,
        AcademySummary academy, String issuerName, String issuerUrl, CourseId course, CourseRunId run,
        EnrolmentId enrolment, AccountId learner, String learnerName, TranslatedText courseTitle, String workload,
        Instant completedAt, Instant issuedAt, Instant revokedAt, AccountId revokedBy, String revocationReason,
        OpenBadgeFields openBadge) {

    public boolean isValid() {
        return status == CertificateStatus.VALID;
    }

    public LocalizedText courseTitleIn(Locale locale) {
        return courseTitle.in(locale);
    }

    /** The public address of its verification page, below the platform's base address. */
    public String verificationPath() {
        return "/certificates/" + number;
    }

    /**
     * What an Open Badges 3.0 AchievementCredential needs beyond the fields above (see the certificate entity).
     *
     * @param credentialId the credential's URI ({@code urn:uuid:} of the certificate)
     * @param achievementId the achievement's URI ({@code urn:uuid:} of the course)
     * @param achievementDescription the achievement's description, in English
     * @param criteriaNarrative the achievement's criteria, in English
     * @param validFrom when the credential starts to be valid: the completion
     * @param subjectIdentityHash {@code sha256$} and the hex SHA-256 of the learner's e-mail followed by the salt
     * @param subjectIdentitySalt the salt of that hash
     */
    public record OpenBadgeFields(String credentialId, String achievementId, String achievementDescription,
            String criteriaNarrative, Instant validFrom, String subjectIdentityHash, String subjectIdentitySalt) {
    }
}
