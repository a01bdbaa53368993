package org.collegium.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.collegium.identity.IdentityTestSupport.PASSWORD;
import static org.collegium.identity.IdentityTestSupport.uniqueEmail;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.collegium.CollegiumIntegrationTest;
import org.collegium.shared.audit.AdministrativeActionTaken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

@CollegiumIntegrationTest
class AdministrationIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Roles roles;
    @Autowired AuditLog auditLog;
    @Autowired UserDetailsService userDetailsService;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    private AccountId administrator(String email) {
        AccountId id = accounts.createConfirmed(email, "Amina Diallo", PASSWORD, Locale.ENGLISH);
        roles.grant(id, Role.PLATFORM_ADMINISTRATOR, Roles.PLATFORM);
        return id;
    }

    private RequestPostProcessor as(String email) {
        return user(userDetailsService.loadUserByUsername(email));
    }

    private boolean auditedFor(AccountId subject, String action) {
        return auditLog.entries(action, 0).stream().anyMatch(entry -> entry.subjectId().equals(subject.value().toString()));
    }

    @Test
    void theIndexLinksToEveryModulesAdministrationInTheAdministratorsLanguage() throws Exception {
        String adminEmail = uniqueEmail("index");
        administrator(adminEmail);
        mvc.perform(get("/admin").with(as(adminEmail))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/academies\">Academies</a>")))
                .andExpect(content().string(containsString("href=\"/directory/new\">Add an organisation</a>")));
        mvc.perform(get("/admin").with(as(adminEmail)).cookie(new Cookie("collegium_lang", "fr")))
                .andExpect(content().string(containsString("href=\"/admin/academies\">Académies</a>")))
                .andExpect(content().string(containsString("href=\"/directory/new\">Ajouter une organisation</a>")))
                .andExpect(content().string(containsString("Ouvrir des académies et gérer leurs paramètres")));
        mvc.perform(get("/admin").with(as(adminEmail)).cookie(new Cookie("collegium_lang", "es")))
                .andExpect(content().string(containsString("href=\"/directory/new\">Añadir una organización</a>")));
        mvc.perform(get("/admin/academies").with(as(adminEmail))).andExpect(status().isOk());
        mvc.perform(get("/directory/new").with(as(adminEmail))).andExpect(status().isOk());
    }

    @Test
    void aPlatformAdministratorFindsAccountsAndNamesAnotherAdministratorWhichIsAudited() throws Exception {
        String adminEmail = uniqueEmail("admin");
        AccountId admin = administrator(adminEmail);
        String targetEmail = uniqueEmail("target");
        AccountId target = accounts.createConfirmed(targetEmail, "Bat-Erdene <i>Ganbold</i>", PASSWORD, Locale.ENGLISH);

        mvc.perform(get("/admin").with(as(adminEmail))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/accounts\"")))
                .andExpect(content().string(containsString("href=\"/admin/audit\"")));
        mvc.perform(get("/admin/accounts").param("q", targetEmail.substring(0, 15).toUpperCase(Locale.ROOT))
                        .with(as(adminEmail)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(targetEmail)))
                .andExpect(content().string(containsString("Bat-Erdene &lt;i&gt;Ganbold&lt;/i&gt;")))
                .andExpect(content().string(not(containsString(adminEmail))));

        mvc.perform(post("/admin/accounts/{id}/platform-administrator", target.value()).with(csrf()).with(as(adminEmail)))
                .andExpect(status().is3xxRedirection());
        assertThat(roles.isPlatformAdministrator(target)).isTrue();
        assertThat(auditLog.entries("identity.grant-platform-administrator", 0).stream()
                .filter(entry -> entry.subjectId().equals(target.value().toString())))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(admin);
                    assertThat(entry.subjectType()).isEqualTo("account");
                    assertThat(entry.summary()).contains(targetEmail);
                });

        mvc.perform(post("/admin/accounts/{id}/platform-administrator/revoke", target.value()).with(csrf())
                .with(as(adminEmail))).andExpect(status().is3xxRedirection());
        assertThat(roles.isPlatformAdministrator(target)).isFalse();
        assertThat(auditedFor(target, "identity.revoke-platform-administrator")).isTrue();

        mvc.perform(get("/admin/audit").param("action", "identity.revoke-platform-administrator").with(as(adminEmail)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Removed the platform administrator role of " + targetEmail)));
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnRole() throws Exception {
        String adminEmail = uniqueEmail("self");
        AccountId admin = administrator(adminEmail);
        mvc.perform(post("/admin/accounts/{id}/platform-administrator/revoke", admin.value()).with(csrf())
                .with(as(adminEmail))).andExpect(status().is3xxRedirection());
        assertThat(roles.isPlatformAdministrator(admin)).isTrue();
        assertThat(auditedFor(admin, "identity.revoke-platform-administrator")).isFalse();
    }

    @Test
    void someoneWhoIsNotAPlatformAdministratorGets403AndChangesNothing() throws Exception {
        String email = uniqueEmail("member");
        AccountId member = accounts.createConfirmed(email, "Ana Member", PASSWORD, Locale.ENGLISH);
        for (String page : new String[] {"/admin", "/admin/accounts", "/admin/audit"}) {
            mvc.perform(get(page).with(as(email))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/accounts/{id}/platform-administrator", member.value()).with(csrf()).with(as(email)))
                .andExpect(status().isForbidden());
        assertThat(roles.isPlatformAdministrator(member)).isFalse();
        assertThat(auditedFor(member, "identity.grant-platform-administrator")).isFalse();
    }

    @Test
    void theFacadeRefusesNonAdministratorsWhoeverCallsIt() {
        AccountId member = accounts.createConfirmed(uniqueEmail("direct"), "Direct", PASSWORD, Locale.ENGLISH);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> administrationFacade.grantPlatformAdministrator(member, member))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(roles.isPlatformAdministrator(member)).isFalse();
    }

    @Autowired AccountAdministration administrationFacade;

    @Test
    void keepsEveryReportedAdministrativeActionInThePublishersTransaction() {
        String subject = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> events.publishEvent(new AdministrativeActionTaken(null,
                "test.update-thing", "thing", subject, "Updated a thing", Instant.now())));
        assertThat(auditLog.entries("test.update-thing", 0).stream().anyMatch(e -> e.subjectId().equals(subject))).isTrue();

        String rolledBack = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new AdministrativeActionTaken(null, "test.update-thing", "thing", rolledBack,
                    "Rolled back", Instant.now()));
            status.setRollbackOnly();
        });
        assertThat(auditLog.entries("test.update-thing", 0).stream().anyMatch(e -> e.subjectId().equals(rolledBack)))
                .isFalse();
    }
}
