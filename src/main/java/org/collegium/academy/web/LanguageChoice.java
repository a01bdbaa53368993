package org.collegium.academy.web;

import java.util.List;

import org.collegium.shared.i18n.ContentLanguages;

/**
 * A content language as forms offer it: its code and its own name.
 */
record LanguageChoice(String code, String name) {

    static final List<LanguageChoice> ALL = ContentLanguages.CODES.stream()
            .map(code -> new LanguageChoice(code, ContentLanguages.nativeName(code))).toList();

    static List<LanguageChoice> of(List<String> codes) {
        return codes.stream().map(code -> new LanguageChoice(code, ContentLanguages.nativeName(code))).toList();
    }
}
