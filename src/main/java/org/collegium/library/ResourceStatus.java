package org.collegium.library;

/**
 * Where a resource stands in the editorial workflow: a member drafts and submits it, a library editor of its
 * network asks for changes or publishes it, and may later withdraw it. Only published resources are public.
 */
public enum ResourceStatus {
    DRAFT, SUBMITTED, CHANGES_REQUESTED, PUBLISHED, WITHDRAWN;

    /** Whether the submitter may still change the resource without an editor. */
    public boolean isEditableBySubmitter() {
        return this == DRAFT || this == CHANGES_REQUESTED;
    }

    public boolean isPublic() {
        return this == PUBLISHED;
    }
}
