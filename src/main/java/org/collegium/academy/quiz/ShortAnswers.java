package org.collegium.academy.quiz;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Compares typed answers the way a person would: case, accents and spaces do not count ("  Ohrid " = "ohrid",
 * "Évaluation" = "evaluation", "Sendai  framework" = "sendai framework"); letters, digits and punctuation do.
 */
final class ShortAnswers {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private ShortAnswers() {
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String withoutMarks = MARKS.matcher(decomposed).replaceAll("");
        String words = SPACES.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return words.strip();
    }
}
