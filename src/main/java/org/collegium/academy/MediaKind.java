package org.collegium.academy;

/**
 * What an uploaded file is, decided from its content: never from its name or the type the browser claimed.
 */
public enum MediaKind {
    /** MP4 or WebM. */
    VIDEO,
    /** MP3 or Ogg. */
    AUDIO,
    /** PDF, or an office document (docx, xlsx, pptx). */
    DOCUMENT,
    /** WebVTT captions, also shown as a transcript. */
    CAPTIONS,
    /** PNG or JPEG. */
    IMAGE;

    /** Whether browsers show it in the page rather than save it. */
    public boolean isShownInline() {
        return this != DOCUMENT;
    }
}
