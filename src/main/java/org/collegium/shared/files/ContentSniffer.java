package org.collegium.shared.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a file's format by its first bytes (magic numbers), whatever its name or the browser said.
 */
public final class ContentSniffer {

    /** How many leading bytes {@link #sniff} needs at most. */
    public static final int HEAD_LENGTH = 128;

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

    public static Optional<FileFormat> sniff(byte[] head) {
        if (startsWith(head, PNG)) {
            return Optional.of(FileFormat.PNG);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(FileFormat.JPEG);
        }
        if (startsWith(head, ascii("%PDF-"))) {
            return Optional.of(FileFormat.PDF);
        }
        if (startsWith(head, ZIP)) {
            return Optional.of(openDocument(head).orElse(FileFormat.ZIP));
        }
        if (startsWith(head, ascii("OggS"))) {
            return Optional.of(FileFormat.OGG);
        }
        if (isMp4(head)) {
            return Optional.of(FileFormat.MP4);
        }
        if (startsWith(head, EBML) && contains(Arrays.copyOf(head, Math.min(head.length, 64)), ascii("webm"))) {
            return Optional.of(FileFormat.WEBM);
        }
        if (startsWith(head, ascii("ID3")) || isMpegAudioFrame(head)) {
            return Optional.of(FileFormat.MP3);
        }
        if (isWebVtt(head)) {
            return Optional.of(FileFormat.WEBVTT);
        }
        return Optional.empty();
    }

    /**
     * An OpenDocument file: a ZIP whose first entry is "mimetype", stored uncompressed, naming the document's type
     * (the OpenDocument standard requires exactly this, so that the type shows in the first bytes).
     */
    private static Optional<FileFormat> openDocument(byte[] head) {
        int nameLength = head.length >= 30 ? Short.toUnsignedInt((short) ((head[26] & 0xff) | (head[27] & 0xff) << 8)) : 0;
        if (nameLength != 8 || head.length < 38 || !Arrays.equals(head, 30, 38, ascii("mimetype"), 0, 8)) {
            return Optional.empty();
        }
        int start = 38 + Short.toUnsignedInt((short) ((head[28] & 0xff) | (head[29] & 0xff) << 8));
        int size = (head[18] & 0xff) | (head[19] & 0xff) << 8 | (head[20] & 0xff) << 16 | (head[21] & 0xff) << 24;
        if (size <= 0 || start + size > head.length) {
            return Optional.empty();
        }
        String type = new String(head, start, size, StandardCharsets.US_ASCII);
        for (FileFormat format : new FileFormat[] {FileFormat.ODT, FileFormat.ODS, FileFormat.ODP}) {
            if (format.mediaType().equals(type)) {
                return Optional.of(format);
            }
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
