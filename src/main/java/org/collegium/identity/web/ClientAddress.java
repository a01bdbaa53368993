package org.collegium.identity.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The network address a request comes from, as the server sees it (behind a proxy, the forwarded one).
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
