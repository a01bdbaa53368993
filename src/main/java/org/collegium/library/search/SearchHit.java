package org.collegium.library.search;

import java.time.LocalDate;
import java.util.List;

import org.collegium.library.ResourceId;
import org.collegium.library.ResourceKind;
import org.collegium.shared.i18n.LocalizedText;

/**
 * A resource found by a search.
 *
 * @param snippets passages where the words were found, as HTML: the text is escaped, the words found are wrapped
 *        in {@code <mark>} and nothing else is markup
 */
public record SearchHit(ResourceId id, ResourceKind kind, LocalizedText title, List<String> snippets,
        LocalDate issued, boolean example) {
}
