package org.collegium.exchange.expression;

import org.springframework.core.io.Resource;

/** An attachment's description and its bytes, for a download. */
public record AttachmentContent(AttachmentView attachment, Resource resource) {
}
