package org.collegium.shared.time;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The time zones people may choose: the region-based IANA zones, sorted.
 */
public final class TimeZones {

    public static final List<String> ALL = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()
            .toList();

    private TimeZones() {
    }

    public static Optional<ZoneId> parse(String id) {
        if (id == null || !ZoneId.getAvailableZoneIds().contains(id)) {
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(id));
    }
}
