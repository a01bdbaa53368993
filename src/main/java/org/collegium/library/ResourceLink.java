package org.collegium.library;

/**
 * A link from a resource to what it relates to: a course of an academy, an exchange, another resource of the
 * library (by id), or a page elsewhere (an https address). {@code label} is what the link reads.
 */
public record ResourceLink(Kind kind, String target, String label) {

    public enum Kind { COURSE, EXCHANGE, RESOURCE, WEB }
}
