package org.collegium.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.i18n.SimpleTimeZoneAwareLocaleContext;

class TimesTests {

    // The CONNECT deadline: 2 March 2017 at noon in Brussels.
    private final Instant deadline = Instant.parse("2017-03-02T11:00:00Z");
    private final Times times = new Times();

    @AfterEach
    void reset() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void showsAnInstantInTheViewersZoneAndNamesIt() {
        LocaleContextHolder.setLocaleContext(
                new SimpleTimeZoneAwareLocaleContext(Locale.ENGLISH, TimeZone.getTimeZone("Asia/Ulaanbaatar")));
        assertThat(times.format(deadline)).contains("7:00").contains("PM").endsWith("(Asia/Ulaanbaatar)");
        assertThat(times.viewerZone()).isEqualTo(ZoneId.of("Asia/Ulaanbaatar"));
    }

    @Test
    void showsAnInstantInANamedZoneInTheViewersLanguage() {
        LocaleContextHolder.setLocaleContext(new SimpleTimeZoneAwareLocaleContext(Locale.FRENCH, TimeZone.getTimeZone("UTC")));
        assertThat(times.format(deadline, ZoneId.of("Europe/Brussels"))).contains("2 mars 2017").contains("12:00")
                .endsWith("(Europe/Brussels)");
    }

    @Test
    void acceptsOnlyKnownZones() {
        assertThat(TimeZones.parse("America/Bogota")).contains(ZoneId.of("America/Bogota"));
        assertThat(TimeZones.parse("Mars/Olympus")).isEmpty();
        assertThat(TimeZones.parse(null)).isEmpty();
        assertThat(TimeZones.ALL).contains("Africa/Porto-Novo", "Europe/Skopje").doesNotContain("Etc/GMT+5");
    }
}
