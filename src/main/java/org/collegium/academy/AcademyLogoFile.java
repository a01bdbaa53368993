package org.collegium.academy;

/**
 * A logo as it is served: its bytes, their media type and the version (hash) that names them in addresses.
 */
public record AcademyLogoFile(String mediaType, byte[] bytes, String sha256, int width, int height) {

    /** A short version for addresses and entity tags. */
    public String version() {
        return sha256.substring(0, 16);
    }
}
