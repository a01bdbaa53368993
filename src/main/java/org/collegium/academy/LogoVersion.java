package org.collegium.academy;

import java.util.UUID;

/**
 * Which version of its logo an academy has, read without the image itself.
 */
record LogoVersion(UUID academyId, String sha256) {
}
