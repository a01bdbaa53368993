package org.collegium.exchange;

import java.util.Locale;
import java.util.Map;

/**
 * A local-government function of the controlled vocabulary: "colleague to colleague" means the same code, and
 * comparable responsibilities the same family.
 *
 * @param isco08 the ISCO-08 unit group (four digits) where one fits, else null
 * @param labels the label per language (English, French and Spanish at least)
 */
public record FunctionTerm(String code, String family, String isco08, Map<Locale, String> labels) {

    public String label(Locale language) {
        return Labels.in(labels, language, code);
    }
}
