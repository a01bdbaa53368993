package org.collegium.network;

import java.util.function.Predicate;

/**
 * Addresses of organisations made from their names: ASCII, lower case, words joined by hyphens, unique.
 * A slug is made once, when the organisation is created, and never changes, so that links keep working.
 */
final class Slugs {

    static final int MAX_LENGTH = 60;

    /** Words the directory's own addresses use (/directory/new, /directory/partnerships/...). */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("new", "partnerships", "edit");

    private Slugs() {
    }

    static String from(String name) {
        String slug = SearchKeys.of(name).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "organisation" : slug;
    }

    /** The slug for the name, with a number appended when it is already taken. */
    static String unique(String name, Predicate<String> taken) {
        String base = from(name);
        String candidate = base;
        for (int n = 2; RESERVED.contains(candidate) || taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
