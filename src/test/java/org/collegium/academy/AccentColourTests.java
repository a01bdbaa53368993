package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccentColourTests {

    @Test
    void computesTheWcagContrastRatioAgainstWhite() {
        assertThat(AccentColour.contrastAgainstWhite("#000000")).isCloseTo(21.0, within(0.001));
        assertThat(AccentColour.contrastAgainstWhite("#ffffff")).isCloseTo(1.0, within(0.001));
        // Reference values from the WCAG contrast checker.
        assertThat(AccentColour.contrastAgainstWhite("#767676")).isCloseTo(4.54, within(0.01));
        assertThat(AccentColour.contrastAgainstWhite("#777777")).isCloseTo(4.48, within(0.01));
        assertThat(AccentColour.contrastAgainstWhite("#0000ff")).isCloseTo(8.59, within(0.01));
        assertThat(AccentColour.contrastAgainstWhite("#ff0000")).isCloseTo(4.0, within(0.01));
    }

    @Test
    void acceptsAColourJustAboveTheThresholdAndNormalisesIt() {
        assertThat(new AccentColour(" #76767A ".replace('A', 'a')).hex()).isEqualTo("#76767a");
        assertThat(new AccentColour("#1F5F8B").hex()).isEqualTo("#1f5f8b");
    }

    @Test
    void refusesAColourJustBelowTheThresholdNamingItsRatio() {
        assertThatThrownBy(() -> new AccentColour("#777777")).isInstanceOfSatisfying(AcademyRefusal.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("accentColour");
            assertThat(refusal.code()).isEqualTo("academy.accent-colour.low-contrast");
            assertThat(refusal.arguments()).containsExactly("4.48", 4.5);
        });
        assertThatThrownBy(() -> new AccentColour("#ffff00")).isInstanceOf(AcademyRefusal.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1f5f8b", "#1f5f8", "#1f5f8bb", "#gggggg", "red", "#fff", "url(x)"})
    void refusesWhatIsNotHashAndSixHexDigits(String colour) {
        assertThatThrownBy(() -> new AccentColour(colour)).isInstanceOfSatisfying(AcademyRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo("academy.accent-colour.invalid"));
    }

    @Test
    void theDemoColoursAreReadable() {
        DemoAcademies.ALL.forEach(demo -> assertThat(new AccentColour(demo.accentColour()).contrastAgainstWhite())
                .isGreaterThanOrEqualTo(4.5));
    }
}
