package org.collegium.library.oai;

/**
 * Text made safe for an XML 1.0 document: characters that XML cannot carry at all (most control characters, lone
 * surrogates) are dropped; the writer escapes the rest.
 */
public final class XmlText {

    private XmlText() {
    }

    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().filter(XmlText::isAllowed).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static boolean isAllowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
