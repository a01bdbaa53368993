package org.collegium.library;

/** Whom to ask about a case study: its focal point. The address is shown to signed-in members only. */
public record ContactPerson(String name, String function, String email) {

    public boolean isEmpty() {
        return (name == null || name.isBlank()) && (function == null || function.isBlank())
                && (email == null || email.isBlank());
    }
}
