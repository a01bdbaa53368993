package org.collegium.shared;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The person looking at a page, as the signed-in principal exposes them to every module.
 */
public interface Viewer {

    UUID accountId();

    String displayName();

    Optional<Locale> preferredLocale();

    Optional<ZoneId> zone();

    boolean isPlatformAdministrator();
}
