package org.collegium.academy.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small files of every kind, with the leading bytes real files have, for the media tests.
 */
final class TestMedia {

    private TestMedia() {
    }

    static byte[] mp4(int size) {
        byte[] head = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'i', 's',
                'o', '2', 'a', 'v', 'c', '1', 'm', 'p', '4', '1'};
        return padded(head, size);
    }

    static byte[] webm() {
        byte[] head = {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, (byte) 0x9f, 0x42, (byte) 0x86, (byte) 0x81, 0x01,
                0x42, (byte) 0xf7, (byte) 0x81, 0x01, 0x42, (byte) 0xf2, (byte) 0x81, 0x04, 0x42, (byte) 0xf3,
                (byte) 0x81, 0x08, 0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm'};
        return padded(head, 200);
    }

    static byte[] matroska() {
        byte[] head = {0x1a, 0x45, (byte) 0xdf, (byte) 0xa3, (byte) 0xa3, 0x42, (byte) 0x82, (byte) 0x88, 'm', 'a',
                't', 'r', 'o', 's', 'k', 'a'};
        return padded(head, 200);
    }

    static byte[] mp3WithTag() {
        return padded(new byte[] {'I', 'D', '3', 4, 0, 0, 0, 0, 0, 0}, 200);
    }

    static byte[] mp3Frame() {
        return padded(new byte[] {(byte) 0xff, (byte) 0xfb, (byte) 0x90, 0x64}, 200);
    }

    static byte[] ogg() {
        return padded(new byte[] {'O', 'g', 'g', 'S', 0, 2}, 200);
    }

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] vtt() {
        return "WEBVTT\n\n00:00.000 --> 00:02.000\nBonjour à tous.\n".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] png() {
        return padded(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
                'R'}, 100);
    }

    static byte[] jpeg() {
        return padded(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'},
                100);
    }

    static byte[] docx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] xlsx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] pptx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8),
                "ppt/presentation.xml", "<presentation/>".getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Marks the named entry of an archive, in its central directory, as a Unix symbolic link. */
    static byte[] withSymbolicLink(byte[] archive, String name) {
        byte[] copy = archive.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i + 46 < copy.length; i++) {
            if (buffer.getInt(i) == 0x02014b50) {
                int nameLength = Short.toUnsignedInt(buffer.getShort(i + 28));
                String entry = new String(copy, i + 46, nameLength, StandardCharsets.UTF_8);
                if (entry.equals(name)) {
                    copy[i + 5] = 3;
                    buffer.putInt(i + 38, 0120777 << 16);
                }
            }
        }
        return copy;
    }

    /** Bytes that follow the given head, deterministic and not compressible to nothing. */
    static byte[] padded(byte[] head, int size) {
        byte[] bytes = new byte[Math.max(size, head.length)];
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + i / 7);
        }
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
