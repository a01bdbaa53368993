package org.collegium.academy.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a file's format by its first bytes (magic numbers), whatever its name or the browser said.
 */
final class ContentSniffer {

    /** How many leading bytes {@link #sniff} needs at most. */
    static final int HEAD_LENGTH = 64;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] EBML = {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    /** ISO base media brands of MP4 video; QuickTime, audio-only (M4A) and still images (HEIF, AVIF) are not. */
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42",
            "avc1", "M4V ", "M4VH", "M4VP", "dash", "mmp4", "MSNV");

    private ContentSniffer() {
    }

    static Optional<MediaFormat> sniff(byte[] head) {
        if (startsWith(head, PNG)) {
            return Optional.of(MediaFormat.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(MediaFormat.JPEG);
        }
        if (startsWith(head, ascii("%PDF-"))) {
            return Optional.of(MediaFormat.PDF);
        }
        if (startsWith(head, ZIP)) {
            return Optional.of(MediaFormat.ZIP);
        }
        if (startsWith(head, ascii("OggS"))) {
            return Optional.of(MediaFormat.OGG);
        }
        if (isMp4(head)) {
            return Optional.of(MediaFormat.MP4);
        }
        if (startsWith(head, EBML) && contains(head, ascii("webm"))) {
            return Optional.of(MediaFormat.WEBM);
        }
        if (startsWith(head, ascii("ID3")) || isMpegAudioFrame(head)) {
            return Optional.of(MediaFormat.MP3);
        }
        if (isWebVtt(head)) {
            return Optional.of(MediaFormat.WEBVTT);
        }
        return Optional.empty();
    }

    private static boolean isMp4(byte[] head) {
        return head.length >= 12 && Arrays.equals(head, 4, 8, ascii("ftyp"), 0, 4)
                && MP4_BRANDS.contains(new String(head, 8, 4, StandardCharsets.ISO_8859_1));
    }

    /** An MPEG-1/2 layer I–III frame header: sync bits, a valid version, layer, bitrate and sampling rate. */
    private static boolean isMpegAudioFrame(byte[] head) {
        if (head.length < 3 || (head[0] & 0xff) != 0xff || (head[1] & 0xe0) != 0xe0) {
            return false;
        }
        int version = (head[1] >> 3) & 0x3;
        int layer = (head[1] >> 1) & 0x3;
        int bitrate = (head[2] >> 4) & 0xf;
        int sampling = (head[2] >> 2) & 0x3;
        return version != 1 && layer != 0 && bitrate != 0xf && sampling != 3;
    }

    /** "WEBVTT", after an optional byte order mark, alone or followed by a space, a tab or a line break. */
    private static boolean isWebVtt(byte[] head) {
        int start = startsWith(head, UTF8_BOM) ? UTF8_BOM.length : 0;
        byte[] signature = ascii("WEBVTT");
        if (head.length < start + signature.length
                || !Arrays.equals(head, start, start + signature.length, signature, 0, signature.length)) {
            return false;
        }
        int next = start + signature.length;
        return head.length == next || head[next] == ' ' || head[next] == '\t' || head[next] == '\n'
                || head[next] == '\r';
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
