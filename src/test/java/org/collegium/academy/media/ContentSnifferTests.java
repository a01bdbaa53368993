package org.collegium.academy.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.collegium.shared.files.ContentSniffer;
import org.junit.jupiter.api.Test;

class ContentSnifferTests {

    @Test
    void recognisesEveryAcceptedFormatByItsFirstBytes() {
        assertThat(sniff(TestMedia.mp4(100))).isEqualTo(MediaFormat.MP4);
        assertThat(sniff(TestMedia.webm())).isEqualTo(MediaFormat.WEBM);
        assertThat(sniff(TestMedia.mp3WithTag())).isEqualTo(MediaFormat.MP3);
        assertThat(sniff(TestMedia.mp3Frame())).isEqualTo(MediaFormat.MP3);
        assertThat(sniff(TestMedia.ogg())).isEqualTo(MediaFormat.OGG);
        assertThat(sniff(TestMedia.pdf())).isEqualTo(MediaFormat.PDF);
        assertThat(sniff(TestMedia.docx())).isEqualTo(MediaFormat.ZIP);
        assertThat(sniff(TestMedia.vtt())).isEqualTo(MediaFormat.WEBVTT);
        assertThat(sniff(TestMedia.png())).isEqualTo(MediaFormat.PNG);
        assertThat(sniff(TestMedia.jpeg())).isEqualTo(MediaFormat.JPEG);
    }

    @Test
    void acceptsCaptionsWithAByteOrderMarkAndAHeaderText() {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        byte[] text = "WEBVTT - Module 3\n\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, both, 0, bom.length);
        System.arraycopy(text, 0, both, bom.length, text.length);
        assertThat(sniff(both)).isEqualTo(MediaFormat.WEBVTT);
        assertThat(sniff("WEBVTT".getBytes(StandardCharsets.US_ASCII))).isEqualTo(MediaFormat.WEBVTT);
    }

    @Test
    void refusesLookAlikesAndWhatItDoesNotKnow() {
        assertThat(ContentSniffer.sniff(TestMedia.html())).isEmpty();
        assertThat(ContentSniffer.sniff("WEBVTTX\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ContentSniffer.sniff("1\n00:00:00,000 --> 00:00:02,000\nSRT\n".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
        assertThat(ContentSniffer.sniff(TestMedia.matroska())).as("Matroska is not WebM").isEmpty();
        byte[] quickTime = TestMedia.mp4(100);
        System.arraycopy("qt  ".getBytes(StandardCharsets.US_ASCII), 0, quickTime, 8, 4);
        assertThat(ContentSniffer.sniff(quickTime)).as("QuickTime").isEmpty();
        byte[] adtsAudio = {(byte) 0xff, (byte) 0xf1, 0x50, (byte) 0x80};
        assertThat(ContentSniffer.sniff(adtsAudio)).as("AAC, whose sync word looks like MP3's").isEmpty();
        assertThat(ContentSniffer.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).as("a Windows program")
                .isEmpty();
        assertThat(ContentSniffer.sniff(new byte[0])).isEmpty();
    }

    @Test
    void looksOnlyAtTheContentNotAtTheName() {
        // The sniffer never sees a name: a PDF is a PDF whatever it is called; names are checked against it after.
        assertThat(sniff(Arrays.copyOf(TestMedia.pdf(), ContentSniffer.HEAD_LENGTH))).isEqualTo(MediaFormat.PDF);
    }

    private static MediaFormat sniff(byte[] bytes) {
        return ContentSniffer.sniff(Arrays.copyOf(bytes, Math.min(bytes.length, ContentSniffer.HEAD_LENGTH)))
                .flatMap(MediaFormat::of).orElseThrow();
    }
}
