package org.collegium.library.oai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.collegium.library.resource.HarvestPosition;
import org.junit.jupiter.api.Test;

class ResumptionTokensTests {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final ResumptionToken TOKEN = new ResumptionToken("oai_dc", "2001-01-01", null, "sdg:11", 100,
            new HarvestPosition(Instant.parse("2001-01-01T10:00:00.123456Z"), UUID.randomUUID()),
            NOW.plusSeconds(3600));

    @Test
    void readsBackWhatItWrote() {
        ResumptionTokens tokens = tokens("key", NOW);

        assertThat(tokens.read(tokens.write(TOKEN))).isEqualTo(TOKEN);
    }

    @Test
    void refusesATokenThatExpiredWasChangedOrWasSignedWithAnotherKey() {
        String written = tokens("key", NOW).write(TOKEN);
        String payload = written.substring(0, written.indexOf('.'));
        String forged = payload.replace(payload.charAt(5), payload.charAt(5) == 'A' ? 'B' : 'A')
                + written.substring(written.indexOf('.'));

        assertRefused(tokens("key", NOW.plusSeconds(3600)), written);
        assertRefused(tokens("other key", NOW), written);
        assertRefused(tokens("key", NOW), forged);
        assertRefused(tokens("key", NOW), "no-dot-at-all");
        assertRefused(tokens("key", NOW), "%%%.???");
    }

    @Test
    void readsDatesAtEitherGranularityAndRefusesTheRest() {
        assertThat(OaiDates.parse("from", "2024-02-29").end()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(OaiDates.parse("until", "2024-02-29T23:59:59Z").end()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThatThrownBy(() -> OaiDates.parse("from", "2023-02-29")).isInstanceOf(OaiError.class);
        assertThatThrownBy(() -> OaiDates.parse("from", "2023-01-01T25:00:00Z")).isInstanceOf(OaiError.class);
        assertThatThrownBy(() -> OaiDates.parse("from", "2023-01-01T10:00:00+01:00")).isInstanceOf(OaiError.class);
        assertThatThrownBy(() -> OaiDates.checkRange(OaiDates.parse("from", "2023-01-01"),
                OaiDates.parse("until", "2023-01-01T00:00:00Z"))).isInstanceOf(OaiError.class);
    }

    private static void assertRefused(ResumptionTokens tokens, String value) {
        assertThatThrownBy(() -> tokens.read(value)).isInstanceOfSatisfying(OaiError.class,
                error -> assertThat(error.code()).isEqualTo("badResumptionToken"));
    }

    private static ResumptionTokens tokens(String key, Instant now) {
        return new ResumptionTokens(key, Clock.fixed(now, ZoneOffset.UTC));
    }
}
