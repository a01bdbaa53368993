package org.collegium.identity;

/**
 * What a person may do, and where: on the whole platform, in one academy, or for one organisation.
 */
public enum Role {
    PLATFORM_ADMINISTRATOR(Scope.PLATFORM),
    ACADEMY_ADMINISTRATOR(Scope.ACADEMY),
    FACILITATOR(Scope.ACADEMY),
    LEARNER(Scope.ACADEMY),
    ORGANISATION_MEMBER(Scope.ORGANISATION),
    FOCAL_POINT(Scope.ORGANISATION),
    PROGRAMME_SECRETARIAT(Scope.PROGRAMME),
    /** Reviews, publishes and withdraws the library resources of one network (the organisation of the scope). */
    LIBRARY_EDITOR(Scope.ORGANISATION);

    public enum Scope { PLATFORM, ACADEMY, ORGANISATION, PROGRAMME }

    private final Scope scope;

    Role(Scope scope) {
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
