package org.collegium.library.files;

import org.collegium.library.ResourceFileView;
import org.springframework.core.io.Resource;

/** A resource's file with its bytes, to serve it. */
public record FileContent(ResourceFileView file, Resource content) {
}
