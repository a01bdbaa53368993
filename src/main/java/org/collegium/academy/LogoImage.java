package org.collegium.academy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded logo that passed its checks: at most 200 KB, a PNG or a JPEG by its first bytes (whatever its name
 * says), and at most 1000 by 1000 pixels. The dimensions are read from the header before anything is decoded.
 */
record LogoImage(String mediaType, byte[] bytes, int width, int height, String sha256) {

    static final int MAX_BYTES = 200 * 1024;
    static final int MAX_SIDE = 1000;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    static LogoImage read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refusal("academy.logo.empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw refusal("academy.logo.too-large", String.valueOf(MAX_BYTES / 1024));
        }
        String mediaType = sniff(bytes).orElseThrow(() -> refusal("academy.logo.type"));
        int[] size = dimensions(bytes);
        if (size[0] > MAX_SIDE || size[1] > MAX_SIDE) {
            // Plain strings, so that no language groups the digits of a size.
            throw refusal("academy.logo.dimensions", String.valueOf(size[0]), String.valueOf(size[1]),
                    String.valueOf(MAX_SIDE));
        }
        return new LogoImage(mediaType, bytes.clone(), size[0], size[1], sha256(bytes));
    }

    /** The media type the content itself shows, by its magic bytes. */
    static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static int[] dimensions(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw refusal("academy.logo.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= MAX_SIDE && height <= MAX_SIDE) {
                    reader.read(0);
                }
                return new int[] {width, height};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AcademyRefusal refusal) {
                throw refusal;
            }
            throw refusal("academy.logo.unreadable");
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AcademyRefusal refusal(String code, Object... arguments) {
        return new AcademyRefusal("logo", code, arguments);
    }
}
