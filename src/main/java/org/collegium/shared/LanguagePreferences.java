package org.collegium.shared;

import java.util.Locale;

/**
 * Remembers the interface language a signed-in viewer chose with the language switcher.
 */
public interface LanguagePreferences {

    void remember(Viewer viewer, Locale language);
}
