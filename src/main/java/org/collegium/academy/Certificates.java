package org.collegium.academy;

import java.util.List;
import java.util.Optional;

import org.collegium.identity.AccountId;

/**
 * Certificates of completion: issued once per enrolment from a snapshot of the completed course, verified by
 * anyone through their number, listed for their learner, and revoked by the administrators of the academy that
 * issued them (or of the platform).
 */
public interface Certificates {

    /**
     * Issues the certificate of this enrolment, or returns the one already issued for it: calling twice is safe.
     * Looks up the academy's name and address and the learner's display name and e-mail itself.
     *
     * @throws CertificateRefusal when the academy or the learner is unknown, or the course has no readable title
     */
    CertificateView issue(IssueCertificate command);

    /** The certificate with this number, whatever its status; empty for a number nobody issued. */
    Optional<CertificateView> find(String number);

    /** The certificate with this number, or a 404. */
    CertificateView get(String number);

    /** The learner's certificates, newest first. */
    List<CertificateView> ofLearner(AccountId learner);

    /**
     * An academy's certificates, newest first, optionally narrowed by a number or a part of a learner's name.
     * Only the academy's administrators and the platform's may list them (403 otherwise).
     */
    List<CertificateView> ofAcademy(AccountId actor, AcademyId academy, String search);

    /**
     * Revokes a certificate of this academy with a reason. Only the academy's administrators and the platform's may
     * (403 otherwise); a number of another academy is unknown here (404).
     *
     * @throws CertificateRefusal when the reason is missing or too long, or the certificate is already revoked
     */
    CertificateView revoke(AccountId actor, AcademyId academy, String number, String reason);
}
