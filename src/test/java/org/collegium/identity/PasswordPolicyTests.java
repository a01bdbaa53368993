package org.collegium.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesPasswordsShorterThanTenCharacters() {
        assertThat(policy.refusal("Xq7#pL2v!", "a@b.org", "Ana")).contains("identity.password.too-short");
    }

    @Test
    void refusesCommonAndPatternPasswordsEvenWhenLongEnough() {
        assertThat(policy.refusal("password123", "a@b.org", "Ana")).contains("identity.password.guessable");
        assertThat(policy.refusal("qwertyuiop", "a@b.org", "Ana")).contains("identity.password.guessable");
        assertThat(policy.refusal("1234567890", "a@b.org", "Ana")).contains("identity.password.guessable");
    }

    @Test
    void refusesThePersonsOwnNameOrAddress() {
        assertThat(policy.refusal("stojanovska2024", "ana.stojanovska@skopje.gov.mk", "Ana Stojanovska"))
                .contains("identity.password.guessable");
    }

    @Test
    void acceptsLongPassphrasesUpTo128Characters() {
        assertThat(policy.refusal("orbit lantern cobalt meadow", "a@b.org", "Ana")).isEmpty();
        String sixtyFour = "amber falcon drifts over quiet copper hills while tea slowly coo";
        assertThat(sixtyFour).hasSize(64);
        assertThat(policy.refusal(sixtyFour, "a@b.org", "Ana")).isEmpty();
        String max = (sixtyFour + " and the lantern keeper counts ninety seven silver moths at dusk tonight")
                .substring(0, 128);
        assertThat(policy.refusal(max, "a@b.org", "Ana")).isEmpty();
        assertThat(policy.refusal(max + "x", "a@b.org", "Ana")).contains("identity.password.too-long");
    }

    @Test
    void checkNamesTheFieldOfTheRefusal() {
        assertThatThrownBy(() -> policy.check("newPassword", "short", "a@b.org", "Ana"))
                .isInstanceOfSatisfying(AccountRefusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("newPassword");
                    assertThat(refusal.code()).isEqualTo("identity.password.too-short");
                });
    }
}
