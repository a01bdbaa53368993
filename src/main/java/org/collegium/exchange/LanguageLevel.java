package org.collegium.exchange;

/** How well a practitioner speaks a language: the levels of the Common European Framework, and native. */
public enum LanguageLevel {
    A1, A2, B1, B2, C1, C2, NATIVE;

    /** Whether the speaker can work in the language: B1 (independent user) or above. */
    public boolean isWorking() {
        return compareTo(B1) >= 0;
    }
}
