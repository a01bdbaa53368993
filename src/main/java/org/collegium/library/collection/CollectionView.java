package org.collegium.library.collection;

import java.time.Instant;
import java.util.List;

import org.collegium.library.ResourceId;
import org.collegium.network.OrganisationId;
import org.collegium.shared.i18n.TranslatedText;

/**
 * A collection as read: its texts and its resources in order, whatever their status (pages decide what they show).
 */
public record CollectionView(CollectionId id, OrganisationId network, String originalLanguage, TranslatedText title,
        TranslatedText description, List<ResourceId> resources, Instant updatedAt) {
}
