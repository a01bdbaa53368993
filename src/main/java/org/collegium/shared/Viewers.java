package org.collegium.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Finds the viewer of the current request, if signed in.
 */
public final class Viewers {

    private Viewers() {
    }

    public static Optional<Viewer> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Viewer viewer) {
            return Optional.of(viewer);
        }
        return Optional.empty();
    }
}
