package org.collegium.library.files;

/** The kinds of file a resource takes, each with its own size limit. */
public enum FileKind {
    DOCUMENT, IMAGE, AUDIO, VIDEO
}
