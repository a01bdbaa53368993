package org.collegium.library.resource;

import org.collegium.library.ResourceView;

/** A resource its submitter follows: where it stands and the last editorial step, with its note. */
public record SubmittedResource(ResourceView resource, EditorialDecision lastDecision) {
}
