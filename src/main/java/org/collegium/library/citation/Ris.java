package org.collegium.library.citation;

import java.time.format.DateTimeFormatter;

import org.collegium.library.ResourceKind;

/**
 * A citation in RIS, the tagged format reference managers import: one {@code TAG  - value} per line, lines ended by
 * CR LF, starting with the type and ending with {@code ER}. A value never spans lines.
 */
final class Ris {

    private static final String END = "\r\n";

    private Ris() {
    }

    static String type(ResourceKind kind) {
        return switch (kind) {
            case CASE_STUDY, REPORT -> "RPRT";
            case POLICY_DOCUMENT -> "GOVDOC";
            case RECORDING -> "VIDEO";
            case GOOD_PRACTICE, GUIDE, PEER_LEARNING_NOTE, TEMPLATE -> "GEN";
        };
    }

    static String of(CitationText citation) {
        StringBuilder ris = new StringBuilder();
        line(ris, "TY", type(citation.resource().kind()));
        line(ris, "TI", citation.title());
        citation.creators().forEach(creator -> line(ris, "AU", creator.name()));
        line(ris, "PY", Integer.toString(citation.resource().issued().getYear()));
        line(ris, "DA", citation.resource().issued().format(DateTimeFormatter.ofPattern("uuuu/MM/dd")));
        line(ris, "PB", citation.resource().publisher());
        if (!citation.summary().isEmpty()) {
            line(ris, "AB", citation.summary());
        }
        citation.keywords().forEach(keyword -> line(ris, "KW", keyword));
        citation.resource().languages().stream().sorted().forEach(language -> line(ris, "LA", language));
        line(ris, "UR", citation.address());
        line(ris, "ER", "");
        return ris.toString();
    }

    private static void line(StringBuilder ris, String tag, String value) {
        ris.append(tag).append("  - ").append(singleLine(value)).append(END);
    }

    /** Line breaks and other control characters become spaces, so a value cannot start a tag of its own. */
    static String singleLine(String value) {
        return value.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }
}
