package org.collegium.shared.i18n;

/**
 * Where one language version of a text stands. The original is written by its author;
 * the others move from to-translate to translated to reviewed.
 */
public enum TranslationStatus {
    ORIGINAL, TO_TRANSLATE, TRANSLATED, REVIEWED;

    public boolean isReadable() {
        return this != TO_TRANSLATE;
    }
}
