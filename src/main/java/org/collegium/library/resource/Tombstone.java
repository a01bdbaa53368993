package org.collegium.library.resource;

import java.time.Instant;

import org.collegium.shared.i18n.TranslatedText;

/** What the public still reads of a withdrawn resource, so that citations do not end on a bare "not found". */
public record Tombstone(TranslatedText title, Instant withdrawnAt, int versions) {
}
