package org.collegium.academy;

import org.springframework.core.io.Resource;

/**
 * A file someone may read, with its stored bytes as a resource that can be read in ranges.
 */
public record MediaContent(MediaFileSummary file, Resource resource) {
}
