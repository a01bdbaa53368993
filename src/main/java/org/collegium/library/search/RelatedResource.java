package org.collegium.library.search;

import java.time.LocalDate;

import org.collegium.library.ResourceId;
import org.collegium.library.ResourceKind;
import org.collegium.shared.i18n.LocalizedText;

/** A published resource close to another one: the same themes, goals or words. */
public record RelatedResource(ResourceId id, ResourceKind kind, LocalizedText title, LocalDate issued) {
}
