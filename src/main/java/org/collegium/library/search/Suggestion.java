package org.collegium.library.search;

import org.collegium.library.ResourceId;
import org.collegium.shared.i18n.LocalizedText;

/** A title that begins with the words typed so far. */
public record Suggestion(ResourceId id, LocalizedText title) {
}
