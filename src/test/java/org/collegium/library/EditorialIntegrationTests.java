package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.resource.Editorial;
import org.collegium.library.resource.EditorialAction;
import org.collegium.library.resource.EditorialHistory;
import org.collegium.library.resource.EditorialState;
import org.collegium.library.resource.Resources;
import org.collegium.library.resource.SubmittedResource;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.mail.DevMailbox;
import org.collegium.shared.mail.ReceivedMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The editorial workflow on the real database: who may take each step, in which state, what each step keeps
 * (notes, versions, events) and mails to the submitter (read from the in-process mailbox), and that a refused step
 * writes and mails nothing.
 */
@CollegiumIntegrationTest
@RecordApplicationEvents
class EditorialIntegrationTests {

    private final Resources resources;
    private final Editorial editorial;
    private final EditorialHistory history;
    private final Accounts accounts;
    private final DevMailbox mailbox;
    private final JdbcTemplate jdbc;
    private final LibraryTestData data;
    private final String baseUrl;

    @Autowired
    private ApplicationEvents events;

    private OrganisationSummary alga;
    private AccountId member;
    private String memberEmail;
    private AccountId editor;

    @Autowired
    EditorialIntegrationTests(Resources resources, Editorial editorial, EditorialHistory history, Accounts accounts,
            Roles roles, DirectoryEditing editing, UserDetailsService users, DevMailbox mailbox, JdbcTemplate jdbc,
            @Value("${collegium.base-url}") String baseUrl) {
        this.resources = resources;
        this.editorial = editorial;
        this.history = history;
        this.accounts = accounts;
        this.mailbox = mailbox;
        this.jdbc = jdbc;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.baseUrl = baseUrl;
    }

    @BeforeEach
    void aNetworkAFrenchSpeakingMemberAndAnEditor() {
        alga = data.network("ALGA");
        memberEmail = "library-fr-" + UUID.randomUUID() + "@example.org";
        member = accounts.createConfirmed(memberEmail, "Aïcha Traoré", LibraryTestData.PASSWORD, Locale.FRENCH);
        editor = data.idOf(data.editorOf(alga));
    }

    @Test
    void aSubmittedCaseStudyIsSentBackWithANoteMailedInTheSubmittersLanguageThenPublishedAsVersionOne() {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(alga, "Assainissement à Dogbo"));
        editorial.submit(member, id);
        assertThat(resources.read(editor, id).status()).isEqualTo(ResourceStatus.SUBMITTED);
        assertThat(history.reviewQueue(editor)).extracting(ResourceView::id).contains(id);

        editorial.requestChanges(editor, id, "Ajoutez les résultats chiffrés de l’évaluation.");

        assertThat(resources.read(member, id).status()).isEqualTo(ResourceStatus.CHANGES_REQUESTED);
        List<ReceivedMail> mails = mailbox.messagesTo(memberEmail);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Modifications demandées pour « Assainissement à Dogbo »");
            assertThat(mail.text()).contains("Bonjour Aïcha Traoré", "Ajoutez les résultats chiffrés de l’évaluation.",
                    "/library/resources/" + id + "/edit");
        });
        SubmittedResource mine = history.submittedBy(member).stream()
                .filter(resource -> resource.resource().id().equals(id)).findFirst().orElseThrow();
        assertThat(mine.lastDecision().action()).isEqualTo(EditorialAction.CHANGES_REQUESTED);
        assertThat(mine.lastDecision().note()).isEqualTo("Ajoutez les résultats chiffrés de l’évaluation.");

        resources.revise(member, id, LibraryTestData.caseStudy(alga, "Assainissement à Dogbo, résultats"));
        editorial.submit(member, id);
        assertThat(editorial.publish(editor, id)).isEqualTo(1);

        ResourceView published = resources.read(null, id);
        assertThat(published.status()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(published.publishedAt()).isNotNull();
        assertThat(events.stream(ResourcePublished.class)).singleElement().satisfies(event -> {
            assertThat(event.resource()).isEqualTo(id);
            assertThat(event.network()).isEqualTo(alga.id());
            assertThat(event.version()).isEqualTo(1);
        });
        assertThat(history.version(null, id, 1).resource().title().in(Locale.FRENCH).text())
                .isEqualTo("Assainissement à Dogbo, résultats");
        String publishedSubject =
                "Votre ressource « Assainissement à Dogbo, résultats » est publiée dans la bibliothèque";
        assertThat(subjectsTo(memberEmail)).containsExactlyInAnyOrder(
                "Modifications demandées pour « Assainissement à Dogbo »", publishedSubject);
        assertThat(mailTo(memberEmail, publishedSubject).text()).contains("Bonjour Aïcha Traoré", "en version 1",
                "\n" + page(id) + "\n").doesNotContain("nouvelle version", "/edit");
    }

    @Test
    void anEditorsChangeToAPublishedResourceRepublishedMakesTheNextVersionAndKeepsTheFirstAsItWas() {
        ResourceId id = publishedCaseStudy("Version initiale");

        assertThatThrownBy(() -> editorial.publish(editor, id)).isInstanceOfSatisfying(LibraryRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo("editorial.refusal.unchanged"));
        assertThat(history.state(editor, id).mayPublish()).isFalse();

        resources.revise(editor, id, LibraryTestData.caseStudy(alga, "Version corrigée"));
        assertThat(history.state(editor, id).mayPublish()).isTrue();
        assertThat(editorial.publish(editor, id)).isEqualTo(2);
        String republished = "Une nouvelle version de « Version corrigée » est publiée";
        assertThat(subjectsTo(memberEmail)).containsExactlyInAnyOrder(
                "Votre ressource « Version initiale » est publiée dans la bibliothèque", republished);
        assertThat(mailTo(memberEmail, republished).text()).contains("Bonjour Aïcha Traoré",
                "une nouvelle version (2) est publiée", "\n" + page(id) + "\n");

        EditorialState state = history.state(null, id);
        assertThat(state.versions()).extracting(version -> version.number()).containsExactly(2, 1);
        assertThat(state.history()).as("the history is for the submitter and editors").isEmpty();
        assertThat(history.version(null, id, 1).resource().title().in(Locale.FRENCH).text())
                .isEqualTo("Version initiale");
        assertThat(history.version(null, id, 2).resource().title().in(Locale.FRENCH).text())
                .isEqualTo("Version corrigée");
        assertThat(history.version(null, id, 2).latest()).isEqualTo(2);
        assertThatThrownBy(() -> history.version(null, id, 3)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aWithdrawnResourceIsATombstoneForThePublicAndCanBeRepublishedWithoutANewVersion() {
        ResourceId id = publishedCaseStudy("À retirer");

        editorial.withdraw(editor, id, "Droits de reproduction à vérifier.");

        String publication = "Votre ressource « À retirer » est publiée dans la bibliothèque";
        String withdrawal = "Votre ressource « À retirer » a été retirée de la bibliothèque";
        assertThat(subjectsTo(memberEmail)).containsExactlyInAnyOrder(publication, withdrawal);
        assertThat(mailTo(memberEmail, withdrawal).text()).contains("Bonjour Aïcha Traoré", "« À retirer »",
                "\n\nDroits de reproduction à vérifier.\n\n", "\n" + page(id) + "\n");

        assertThat(events.stream(ResourceWithdrawn.class)).singleElement()
                .satisfies(withdrawn -> assertThat(withdrawn.resource()).isEqualTo(id));
        assertThatThrownBy(() -> resources.read(null, id)).isInstanceOf(NotFoundException.class);
        assertThat(history.tombstone(null, id)).hasValueSatisfying(tombstone -> {
            assertThat(tombstone.title().in(Locale.FRENCH).text()).isEqualTo("À retirer");
            assertThat(tombstone.versions()).isEqualTo(1);
        });
        assertThat(history.tombstone(editor, id)).as("editors see the resource itself").isEmpty();
        assertThat(resources.read(editor, id).status()).isEqualTo(ResourceStatus.WITHDRAWN);

        assertThat(editorial.publish(editor, id)).isEqualTo(1);
        assertThat(resources.read(null, id).status()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(versionCount(id)).isEqualTo(1);
        assertThat(subjectsTo(memberEmail)).as("published again unchanged: no new version")
                .containsExactlyInAnyOrder(publication, withdrawal, publication);
        assertThat(mailbox.messagesTo(memberEmail)).filteredOn(mail -> mail.subject().equals(publication))
                .allSatisfy(mail -> assertThat(mail.text()).contains("en version 1").doesNotContain("nouvelle"));
    }

    @Test
    void anEditorIsNotMailedAboutTheirOwnDecisionsOnWhatTheySubmittedButIsInEnglishAboutAnotherEditors() {
        String submittingEditorEmail = data.editorOf(alga);
        AccountId submittingEditor = data.idOf(submittingEditorEmail);
        ResourceId id = resources.draft(submittingEditor, LibraryTestData.caseStudy(alga, "Guide de l’éditeur"));
        editorial.submit(submittingEditor, id);
        editorial.publish(submittingEditor, id);
        resources.revise(submittingEditor, id, LibraryTestData.caseStudy(alga, "Guide de l’éditeur, révisé"));
        editorial.publish(submittingEditor, id);
        editorial.withdraw(submittingEditor, id, "Remplacé par un autre guide.");
        assertThat(mailbox.messagesTo(submittingEditorEmail)).isEmpty();

        resources.revise(editor, id, LibraryTestData.caseStudy(alga, "Guide de l’éditeur, mis à jour"));
        assertThat(editorial.publish(editor, id)).isEqualTo(3);

        assertThat(mailbox.messagesTo(submittingEditorEmail)).singleElement().satisfies(mail -> {
            assertThat(mail.subject())
                    .isEqualTo("A new version of \u201cGuide de l’éditeur, mis à jour (English)\u201d is published");
            assertThat(mail.text()).startsWith("Hello Person ").contains("a new version (3) is published",
                    "\n" + page(id) + "\n");
        });
    }

    @Test
    void anEditorOfAnotherNetworkIsRefusedEveryStepAndAStrangerDoesNotFindTheResource() {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(alga, "Chez ALGA"));
        AccountId otherEditor = data.idOf(data.editorOf(data.network("NALAS")));
        AccountId stranger = data.idOf(data.member());

        assertThatThrownBy(() -> editorial.submit(stranger, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> editorial.submit(otherEditor, id)).isInstanceOf(NotFoundException.class);
        editorial.submit(member, id);

        assertThatThrownBy(() -> editorial.requestChanges(otherEditor, id, "Non."))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> editorial.publish(member, id)).isInstanceOf(AccessDeniedException.class);
        assertThat(history.reviewQueue(otherEditor)).extracting(ResourceView::id).doesNotContain(id);
        editorial.publish(editor, id);

        assertThatThrownBy(() -> editorial.withdraw(otherEditor, id, "Non.")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editorial.publish(otherEditor, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editorial.withdraw(stranger, id, "Non.")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editorial.submit(null, id)).isInstanceOf(AccessDeniedException.class);
        assertThat(resources.read(null, id).status()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(decisionCount(id)).isEqualTo(2);
    }

    @Test
    void aPlatformAdministratorActsOnEveryNetworksResources() {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(alga, "Pour l’administrateur"));
        editorial.submit(member, id);
        AccountId administrator = data.idOf(data.administrator());

        assertThat(history.reviewQueue(administrator)).extracting(ResourceView::id).contains(id);
        assertThat(editorial.publish(administrator, id)).isEqualTo(1);
    }

    @Test
    void aStepInTheWrongStateOrWithoutItsNoteIsRefusedAndWritesNothing() {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(alga, "Mauvais état"));

        assertRefused(() -> editorial.publish(editor, id), "editorial.refusal.publish");
        assertRefused(() -> editorial.requestChanges(editor, id, "Trop tôt."), "editorial.refusal.requestChanges");
        assertRefused(() -> editorial.withdraw(editor, id, "Trop tôt."), "editorial.refusal.withdraw");
        editorial.submit(member, id);
        assertRefused(() -> editorial.submit(member, id), "editorial.refusal.submit");
        assertRefused(() -> editorial.requestChanges(editor, id, "   "), "editorial.refusal.note");
        assertRefused(() -> editorial.requestChanges(editor, id, "x".repeat(4001)), "editorial.refusal.note");
        editorial.publish(editor, id);
        assertRefused(() -> editorial.withdraw(editor, id, ""), "editorial.refusal.reason");
        assertRefused(() -> editorial.submit(member, id), "editorial.refusal.submit");

        assertThat(resources.read(null, id).status()).isEqualTo(ResourceStatus.PUBLISHED);
        assertThat(decisionCount(id)).as("the submission and the publication only").isEqualTo(2);
        assertThat(versionCount(id)).isEqualTo(1);
        assertThat(subjectsTo(memberEmail)).as("refused steps mail nothing")
                .containsExactly("Votre ressource « Mauvais état » est publiée dans la bibliothèque");
    }

    @Test
    void twoEditorsPublishingAtOnceMakeOneVersionAndTheSecondIsToldNothingChanged() throws Exception {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(alga, "Publication concurrente"));
        editorial.submit(member, id);
        AccountId secondEditor = data.idOf(data.editorOf(alga));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (AccountId publisher : List.of(editor, secondEditor)) {
                Callable<Object> publish = () -> {
                    start.await();
                    try {
                        return editorial.publish(publisher, id);
                    } catch (LibraryRefusal refusal) {
                        return refusal.code();
                    }
                };
                results.add(pool.submit(publish));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsExactlyInAnyOrder(1, "editorial.refusal.unchanged");
        } finally {
            pool.shutdownNow();
        }
        assertThat(versionCount(id)).isEqualTo(1);
        assertThat(decisionCount(id)).isEqualTo(2);
        assertThat(mailbox.messagesTo(memberEmail)).as("the refused publication mails nothing").hasSize(1);
    }

    private ResourceId publishedCaseStudy(String title) {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(alga, title));
        editorial.submit(member, id);
        editorial.publish(editor, id);
        return id;
    }

    private List<String> subjectsTo(String email) {
        return mailbox.messagesTo(email).stream().map(ReceivedMail::subject).toList();
    }

    private ReceivedMail mailTo(String email, String subject) {
        assertThat(subjectsTo(email)).containsOnlyOnce(subject);
        return mailbox.messagesTo(email).stream().filter(mail -> mail.subject().equals(subject)).findFirst()
                .orElseThrow();
    }

    /** The resource's permanent page, as mails link to it. */
    private String page(ResourceId id) {
        return baseUrl + "/library/resources/" + id.value();
    }

    private long versionCount(ResourceId id) {
        return jdbc.queryForObject("select count(*) from library_resource_version where resource_id = ?", Long.class,
                id.value());
    }

    private long decisionCount(ResourceId id) {
        return jdbc.queryForObject("select count(*) from library_editorial_decision where resource_id = ?",
                Long.class, id.value());
    }

    private static void assertRefused(Runnable step, String code) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(LibraryRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(code));
    }

}
