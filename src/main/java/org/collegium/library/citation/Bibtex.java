package org.collegium.library.citation;

import java.util.stream.Collectors;

import org.collegium.library.Creator;
import org.collegium.library.ResourceKind;

/**
 * A citation in BibTeX. Every value is braced with the characters TeX treats specially escaped; organisations are
 * braced once more so that BibTeX does not read them as a person's first and last names, and names are joined with
 * {@code and}.
 */
final class Bibtex {

    private Bibtex() {
    }

    static String type(ResourceKind kind) {
        return switch (kind) {
            case CASE_STUDY, REPORT -> "techreport";
            case GUIDE -> "manual";
            case GOOD_PRACTICE, POLICY_DOCUMENT, RECORDING, PEER_LEARNING_NOTE, TEMPLATE -> "misc";
        };
    }

    static String of(CitationText citation) {
        var resource = citation.resource();
        StringBuilder bib = new StringBuilder();
        bib.append('@').append(type(resource.kind())).append("{collegium-").append(resource.id()).append(",\n");
        field(bib, "title", "{" + escape(citation.title()) + "}");
        field(bib, "author", citation.creators().stream().map(Bibtex::name).collect(Collectors.joining(" and ")));
        field(bib, resource.kind() == ResourceKind.CASE_STUDY || resource.kind() == ResourceKind.REPORT
                ? "institution" : "publisher", escape(resource.publisher()));
        field(bib, "year", Integer.toString(resource.issued().getYear()));
        field(bib, "date", resource.issued().toString());
        field(bib, "language", String.join(", ", resource.languages().stream().sorted().toList()));
        if (!citation.summary().isEmpty()) {
            field(bib, "abstract", escape(citation.summary()));
        }
        if (!citation.keywords().isEmpty()) {
            field(bib, "keywords", escape(String.join(", ", citation.keywords())));
        }
        field(bib, "url", escapeUrl(citation.address()));
        bib.append("}\n");
        return bib.toString();
    }

    private static String name(Creator creator) {
        String name = escape(creator.name());
        return creator.kind() == Creator.Kind.ORGANISATION || name.contains(" and ") ? "{" + name + "}" : name;
    }

    private static void field(StringBuilder bib, String name, String value) {
        bib.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** TeX's special characters escaped, line breaks flattened; the result is balanced in braces. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        Ris.singleLine(text).codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> escaped.append("\\textbackslash{}");
                case '{', '}', '$', '&', '%', '#', '_' -> escaped.append('\\').append((char) c);
                case '^' -> escaped.append("\\textasciicircum{}");
                case '~' -> escaped.append("\\textasciitilde{}");
                default -> escaped.appendCodePoint(c);
            }
        });
        return escaped.toString();
    }

    /** In a url field only the braces and the percent sign matter, and a backslash. */
    private static String escapeUrl(String url) {
        return url.replace("\\", "").replace("{", "%7B").replace("}", "%7D");
    }
}
