package org.collegium.library.resource;

import org.collegium.library.ResourceView;

/** One citable version of a resource, as it was published, and how many versions there are. */
public record PublishedVersion(int number, ResourceView resource, int latest) {
}
