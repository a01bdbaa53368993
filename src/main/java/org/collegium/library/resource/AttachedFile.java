package org.collegium.library.resource;

import org.collegium.library.ResourceFileView;

/** A file of a resource with the name the file store knows it by, to serve it. */
public record AttachedFile(ResourceFileView file, String storedName) {
}
