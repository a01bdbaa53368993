package org.collegium.shared.files;

/** A file's content is not what may be kept; each feature tells its users why in its own words. */
public class UnacceptableFile extends RuntimeException {

    /** Why: an archive that is unsafe or broken, or content of a format that is not accepted. */
    public enum Reason { ARCHIVE_REJECTED, NOT_ALLOWED }

    private final Reason reason;

    public UnacceptableFile(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
