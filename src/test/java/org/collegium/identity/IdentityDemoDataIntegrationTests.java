package org.collegium.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.collegium.CollegiumIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@CollegiumIntegrationTest
class IdentityDemoDataIntegrationTests {

    @Autowired Accounts accounts;
    @Autowired Profiles profiles;
    @Autowired Roles roles;
    @Autowired AccountRepository repository;
    @Autowired PasswordEncoder encoder;

    @Test
    void createsTheDemoAccountsOnceWithProfilesAndTheAdministrator() {
        IdentityDemoData demo = new IdentityDemoData(accounts, profiles, roles);
        demo.run(null);
        long count = repository.count();
        demo.run(null);
        assertThat(repository.count()).isEqualTo(count);

        AccountSummary admin = accounts.findByEmail("admin@collegium.example").orElseThrow();
        assertThat(admin.displayName()).isEqualTo("Amina Diallo");
        assertThat(admin.confirmed()).isTrue();
        assertThat(roles.isPlatformAdministrator(admin.id())).isTrue();
        assertThat(encoder.matches(IdentityDemoData.PASSWORD,
                repository.findById(admin.id().value()).orElseThrow().passwordHash())).isTrue();

        AccountSummary learner = accounts.findByEmail("learner@collegium.example").orElseThrow();
        assertThat(roles.isPlatformAdministrator(learner.id())).isFalse();
        ProfileDetails profile = profiles.profile(learner.id());
        assertThat(profile.displayName()).isEqualTo("Oyunchimeg Tsend");
        assertThat(profile.country()).isEqualTo("MN");
        assertThat(profile.jobFunction()).isEqualTo(JobFunction.ENVIRONMENT_AND_SANITATION);
        assertThat(profile.languages()).contains(new SpokenLanguage("mn", LanguageLevel.NATIVE));
        assertThat(accounts.findByEmail("facilitator@collegium.example").orElseThrow().displayName())
                .isEqualTo("Marko Jovanović");
    }
}
