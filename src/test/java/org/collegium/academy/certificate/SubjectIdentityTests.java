package org.collegium.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubjectIdentityTests {

    @Test
    void hashIsTheSha256OfTheLowerCaseAddressFollowedByTheSalt() {
        // printf 'learner@collegium.examplec0ffee' | sha256sum
        SubjectIdentity identity = SubjectIdentity.of(" Learner@Collegium.example ", "c0ffee");

        assertThat(identity.hash())
                .isEqualTo("sha256$c04d943d2ef1130d5dd4294953049f775ed772e170bb4792f1f95b706f4001dc");
        assertThat(identity.salt()).isEqualTo("c0ffee");
    }

    @Test
    void theAddressProvesTheIdentityAndAnotherDoesNot() {
        SubjectIdentity identity = SubjectIdentity.of("learner@collegium.example");

        assertThat(identity.matches("LEARNER@collegium.example")).isTrue();
        assertThat(identity.matches("someone.else@collegium.example")).isFalse();
        assertThat(identity.hash()).doesNotContain("learner");
    }

    @Test
    void eachIssueGetsItsOwnSalt() {
        SubjectIdentity first = SubjectIdentity.of("learner@collegium.example");
        SubjectIdentity second = SubjectIdentity.of("learner@collegium.example");

        assertThat(first.salt()).hasSize(32).isNotEqualTo(second.salt());
        assertThat(first.hash()).isNotEqualTo(second.hash());
    }
}
