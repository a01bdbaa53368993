package org.collegium.academy;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An academy's accent colour, #rrggbb. Links and buttons are drawn in it on white, so it must keep a contrast
 * ratio of at least 4.5:1 against white (WCAG 2.2, success criterion 1.4.3).
 */
public record AccentColour(String hex) {

    public static final double MINIMUM_CONTRAST = 4.5;

    private static final Pattern FORM = Pattern.compile("#[0-9a-f]{6}");

    public AccentColour {
        hex = hex == null ? "" : hex.strip().toLowerCase(Locale.ROOT);
        if (!FORM.matcher(hex).matches()) {
            throw new AcademyRefusal("accentColour", "academy.accent-colour.invalid");
        }
        double contrast = contrastAgainstWhite(hex);
        if (contrast < MINIMUM_CONTRAST) {
            throw new AcademyRefusal("accentColour", "academy.accent-colour.low-contrast",
                    String.format(Locale.ROOT, "%.2f", contrast), MINIMUM_CONTRAST);
        }
    }

    /** The WCAG contrast ratio between this colour and white: (1 + 0.05) / (L + 0.05). */
    public double contrastAgainstWhite() {
        return contrastAgainstWhite(hex);
    }

    static double contrastAgainstWhite(String hex) {
        return 1.05 / (relativeLuminance(hex) + 0.05);
    }

    /** WCAG relative luminance of an sRGB colour written #rrggbb. */
    static double relativeLuminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff) + 0.0722 * linear(rgb & 0xff);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
