package org.collegium.library;

/** What a resource is. Labels come from the bundles: {@code library.kind.<NAME>}. */
public enum ResourceKind {
    GOOD_PRACTICE, CASE_STUDY, GUIDE, POLICY_DOCUMENT, REPORT, RECORDING, PEER_LEARNING_NOTE, TEMPLATE;

    /** The Dublin Core type (DCMI Type Vocabulary) the resource is harvested as. */
    public String dublinCoreType() {
        return this == RECORDING ? "MovingImage" : "Text";
    }
}
