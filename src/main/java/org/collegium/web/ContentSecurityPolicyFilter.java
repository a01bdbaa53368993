package org.collegium.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A strict content security policy: only this site's scripts and styles, plus one nonce per response for the
 * few style elements that carry an academy's colours.
 */
class ContentSecurityPolicyFilter extends OncePerRequestFilter {

    static final String NONCE_ATTRIBUTE = "cspNonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
                + "style-src 'self' 'nonce-" + nonce + "'; script-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'");
        chain.doFilter(request, response);
    }
}
