package org.collegium.network;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Websites of organisations: absolute http or https addresses with a host, nothing else (no javascript:, no mailto:).
 */
public final class WebAddresses {

    public static final int MAX_LENGTH = 300;

    private WebAddresses() {
    }

    public static boolean isValid(String address) {
        if (address == null || address.isBlank() || address.length() > MAX_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(address.strip());
            String scheme = uri.getScheme();
            return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
