package org.collegium.identity;

/**
 * How well someone speaks a language: the levels of the Common European Framework of Reference, or native.
 */
public enum LanguageLevel {
    A1, A2, B1, B2, C1, C2, NATIVE;

    /** Whether the speaker can work in the language: B1 (independent user) or above. */
    public boolean isWorking() {
        return compareTo(B1) >= 0;
    }
}
