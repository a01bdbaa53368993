package org.collegium.shared.i18n;

/**
 * A text as shown to one viewer: the words, the language they are in, and whether that is a fallback
 * from the language the viewer asked for (pages say so).
 */
public record LocalizedText(String text, String language, boolean fallback) {

    public static final LocalizedText NONE = new LocalizedText("", "", false);

    public boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text;
    }
}
