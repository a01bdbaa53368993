package org.collegium.library.resource;

/** What a step of the editorial workflow did. Labels: {@code editorial.action.<NAME>}. */
public enum EditorialAction {
    SUBMITTED, CHANGES_REQUESTED, PUBLISHED, WITHDRAWN
}
