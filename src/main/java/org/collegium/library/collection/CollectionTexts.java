package org.collegium.library.collection;

import java.util.Map;

/**
 * What an editor writes about a collection: its title and description per language, one of them the original.
 *
 * @param texts by language code; a language without a title is left out
 */
public record CollectionTexts(String originalLanguage, Map<String, Text> texts) {

    public CollectionTexts {
        texts = Map.copyOf(texts);
    }

    public record Text(String title, String description) {
    }
}
