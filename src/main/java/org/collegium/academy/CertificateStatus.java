package org.collegium.academy;

public enum CertificateStatus {
    VALID, REVOKED
}
