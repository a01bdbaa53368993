package org.collegium.academy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

class LogoImageTests {

    @Test
    void readsAPngWithItsDimensionsAndHash() {
        byte[] png = TestImages.png(120, 60);
        LogoImage logo = LogoImage.read(png);
        assertThat(logo.mediaType()).isEqualTo("image/png");
        assertThat(logo.width()).isEqualTo(120);
        assertThat(logo.height()).isEqualTo(60);
        assertThat(logo.sha256()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void readsAJpeg() {
        assertThat(LogoImage.read(TestImages.jpeg(40, 40)).mediaType()).isEqualTo("image/jpeg");
    }

    @Test
    void knowsTheTypeByTheMagicBytesOnly() {
        assertThat(LogoImage.sniff(TestImages.png(2, 2))).contains("image/png");
        assertThat(LogoImage.sniff(TestImages.jpeg(2, 2))).contains("image/jpeg");
        assertThat(LogoImage.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(LogoImage.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(LogoImage.sniff(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
    }

    @Test
    void refusesTextWhateverItIsCalled() {
        assertRefused("just some text, saved as logo.png".getBytes(StandardCharsets.UTF_8), "academy.logo.type");
    }

    @Test
    void refusesATruncatedPng() {
        byte[] png = TestImages.png(50, 50);
        assertRefused(Arrays.copyOf(png, 40), "academy.logo.unreadable");
    }

    @Test
    void refusesMoreThan200Kilobytes() {
        byte[] noisy = TestImages.noisyPng(300, 300);
        assertThat(noisy.length).isGreaterThan(LogoImage.MAX_BYTES);
        assertRefused(noisy, "academy.logo.too-large");
    }

    @Test
    void refusesMoreThan1000PixelsOnASideButAcceptsExactly1000() {
        assertRefused(TestImages.png(1001, 10), "academy.logo.dimensions");
        assertRefused(TestImages.png(10, 1001), "academy.logo.dimensions");
        assertThat(LogoImage.read(TestImages.png(1000, 1000)).width()).isEqualTo(1000);
    }

    @Test
    void refusesNothing() {
        assertRefused(new byte[0], "academy.logo.empty");
    }

    private static void assertRefused(byte[] bytes, String code) {
        assertThatThrownBy(() -> LogoImage.read(bytes)).isInstanceOfSatisfying(AcademyRefusal.class, refusal -> {
            assertThat(refusal.field()).isEqualTo("logo");
            assertThat(refusal.code()).isEqualTo(code);
        });
    }
}
