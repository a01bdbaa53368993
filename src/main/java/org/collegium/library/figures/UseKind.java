package org.collegium.library.figures;

/** What is counted: a view of a resource's page, a download of one of its files. */
public enum UseKind {
    VIEW, DOWNLOAD
}
