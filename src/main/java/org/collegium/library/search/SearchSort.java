package org.collegium.library.search;

/** The order of search results. */
public enum SearchSort {
    /** Best match first; newest first among equals, and always newest first when nothing was typed. */
    RELEVANCE,
    /** Newest first, by the date the resource was issued. */
    DATE
}
