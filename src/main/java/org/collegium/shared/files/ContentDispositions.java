package org.collegium.shared.files;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A Content-Disposition header after RFC 6266: a plain ASCII {@code filename} for old clients and the exact name as
 * {@code filename*=UTF-8''…}, percent-encoded (RFC 8187).
 */
public final class ContentDispositions {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDispositions() {
    }

    public static String of(boolean attachment, String fileName) {
        return (attachment ? "attachment" : "inline") + "; filename=\"" + asciiFallback(fileName)
                + "\"; filename*=UTF-8''" + encode(fileName);
    }

    public static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder ascii = new StringBuilder();
        decomposed.chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return ascii.toString();
    }

    public static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return encoded.toString();
    }
}
