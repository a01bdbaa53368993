package org.collegium.shared.files;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Makes an uploader's file name safe to offer as a download name: no folders, no control or direction-changing
 * characters, none that file systems forbid, a sensible length, and the extension of what the content is.
 * The name is never used to store the file.
 */
public final class FileNames {

    public static final int MAX_BASE_LENGTH = 100;

    private static final String FORBIDDEN = "\"\\/:*?<>|";
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8",
            "lpt9");

    private FileNames() {
    }

    /** The extension of the name's last segment, lower case, if it has one. */
    public static Optional<String> extension(String original) {
        String name = lastSegment(original == null ? "" : original).strip();
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    public static String sanitise(String original, FileFormat format) {
        String name = Normalizer.normalize(lastSegment(original == null ? "" : original), Normalizer.Form.NFC);
        StringBuilder clean = new StringBuilder();
        name.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                clean.append(' ');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.UNASSIGNED || Character.getType(c) == Character.SURROGATE
                    || Character.getType(c) == Character.PRIVATE_USE) {
                // dropped: invisible characters, including those that reverse the text's direction
            } else if (FORBIDDEN.indexOf(c) >= 0) {
                clean.append('_');
            } else {
                clean.appendCodePoint(c);
            }
        });
        String tidy = clean.toString().replaceAll(" +", " ").replaceAll("^[ .]+|[ .]+$", "");
        int dot = tidy.lastIndexOf('.');
        String base = tidy;
        if (dot > 0 && format.isNamedBy(tidy.substring(dot + 1))) {
            base = tidy.substring(0, dot).replaceAll("[ .]+$", "");
        }
        base = shorten(base);
        if (base.isEmpty()) {
            base = "file";
        }
        if (RESERVED.contains(base.toLowerCase(Locale.ROOT).split("\\.", 2)[0])) {
            base = "_" + base;
        }
        return base + "." + format.extension();
    }

    private static String lastSegment(String name) {
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String shorten(String base) {
        if (base.codePointCount(0, base.length()) <= MAX_BASE_LENGTH) {
            return base;
        }
        return base.substring(0, base.offsetByCodePoints(0, MAX_BASE_LENGTH)).strip();
    }
}
