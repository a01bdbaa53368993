package org.collegium.academy.certificate.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why an academy revokes a certificate; the reason is shown on the public verification page.
 */
record RevocationForm(
        @NotBlank(message = "{certificate.revoke.reason.required}")
        @Size(max = 1000, message = "{certificate.revoke.reason.too-long}") String reason) {

    static RevocationForm empty() {
        return new RevocationForm("");
    }
}
