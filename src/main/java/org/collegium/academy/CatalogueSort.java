package org.collegium.academy;

/**
 * The orders of the course catalogue. Labels: {@code course.catalogue.sort.<NAME>}.
 */
public enum CatalogueSort {
    TITLE, NEWEST
}
