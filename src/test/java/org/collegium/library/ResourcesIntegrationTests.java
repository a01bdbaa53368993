package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.resource.Editorial;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationKind;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Resources drafted, read and revised through the service, on the real database: rules, refusals, who sees what. */
@CollegiumIntegrationTest
class ResourcesIntegrationTests {

    private final Resources resources;
    private final Editorial editorial;
    private final LibraryTestData data;
    private final JdbcTemplate jdbc;

    private OrganisationSummary alga;
    private AccountId member;

    @Autowired
    ResourcesIntegrationTests(Resources resources, Editorial editorial, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc) {
        this.resources = resources;
        this.editorial = editorial;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.jdbc = jdbc;
    }

    @BeforeEach
    void aNetworkAndAMember() {
        alga = data.network("ALGA");
        member = data.idOf(data.member());
    }

    @Test
    void aCaseStudyKeepsItsDublinCoreDescriptionAndSectionsPerLanguage() {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(alga, "Assainissement à Dogbo"));

        ResourceView view = resources.read(member, id);

        assertThat(view.status()).isEqualTo(ResourceStatus.DRAFT);
        assertThat(view.title().in(Locale.FRENCH).text()).isEqualTo("Assainissement à Dogbo");
        assertThat(view.title().in(Locale.ENGLISH).text()).isEqualTo("Assainissement à Dogbo (English)");
        assertThat(view.sections().get(CaseSection.DESIGN).in(Locale.ENGLISH).fallback()).isTrue();
        assertThat(view.sections()).containsOnlyKeys(CaseSection.CONTEXT, CaseSection.DESIGN,
                CaseSection.LESSONS_LEARNED);
        assertThat(view.sdgGoals()).as("a target brings its goal").containsExactlyInAnyOrder(6, 17);
        assertThat(view.countries()).containsExactly("BJ");
        assertThat(view.contact().name()).isEqualTo("Koffi Mensah");
        assertThat(view.creators()).containsExactly(Creator.person("Aminata Diallo"));
        assertThat(view.example()).isFalse();
    }

    @Test
    void anUnpublishedResourceDoesNotExistForOthers() {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(alga, "Brouillon privé"));
        AccountId stranger = data.idOf(data.member());
        AccountId otherEditor = data.idOf(data.editorOf(data.network("NALAS")));
        AccountId editor = data.idOf(data.editorOf(alga));

        assertThatThrownBy(() -> resources.read(stranger, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resources.read(null, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> resources.read(otherEditor, id)).isInstanceOf(NotFoundException.class);
        assertThat(resources.read(editor, id).id()).isEqualTo(id);
    }

    @Test
    void anEditorOfAnotherNetworkMayReadButNotChangeAPublishedResource() {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(alga, "Publié"));
        new Publication(editorial, member, data.idOf(data.editorOf(alga))).publish(id);
        AccountId otherEditor = data.idOf(data.editorOf(data.network("NALAS")));
        ResourceDraft change = LibraryTestData.caseStudy(alga, "Changé");

        assertThat(resources.read(otherEditor, id).title().in(Locale.FRENCH).text()).isEqualTo("Publié");
        assertThatThrownBy(() -> resources.revise(otherEditor, id, change)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resources.revise(member, id, change))
                .as("the submitter no longer changes a published resource").isInstanceOf(AccessDeniedException.class);
        assertThat(resources.read(null, id).title().in(Locale.FRENCH).text()).isEqualTo("Publié");
    }

    @Test
    void theEditorOfItsNetworkRevisesItAndTheDescriptionIsReplacedWhole() {
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(alga, "Première version"));
        AccountId editor = data.idOf(data.editorOf(alga));
        ResourceDraft draft = LibraryTestData.caseStudy(alga, "Deuxième version");
        ResourceDraft revised = new ResourceDraft(draft.kind(), draft.network(), "fr",
                Map.of("fr", draft.texts().get("fr")), draft.creators(), draft.publisher(), draft.issued(),
                Set.of("fr", "en"), Set.of("BJ", "FR"), draft.regions(), draft.themes(), Set.of(11), Set.of(),
                Set.of(2), Set.of("E"), Licence.CC_BY_SA, null, List.of(), draft.contact());

        ResourceView view = resources.revise(editor, id, revised);

        assertThat(view.title().readableLanguages()).containsExactly("fr");
        assertThat(view.sdgGoals()).containsExactly(11);
        assertThat(view.sendaiTargets()).containsExactly("E");
        assertThat(view.links()).isEmpty();
        assertThat(resources.draftOf(editor, id).countries()).containsExactlyInAnyOrder("BJ", "FR");
    }

    @Test
    void aRefusedDescriptionWritesNothing() {
        int before = count();
        ResourceDraft good = LibraryTestData.caseStudy(alga, "Refusé");

        assertRefused(withTargets(good, Set.of("6.z")), "sdgTargets");
        assertRefused(withCountries(good, Set.of("XX")), "countries");
        assertRefused(new ResourceDraft(good.kind(), good.network(), "fr", good.texts(), List.of(), good.publisher(),
                good.issued(), good.languages(), good.countries(), good.regions(), good.themes(), good.sdgGoals(),
                good.sdgTargets(), Set.of(), Set.of(), good.licence(), null, good.links(), good.contact()), "creators");
        assertRefused(new ResourceDraft(good.kind(), good.network(), "fr", good.texts(), good.creators(),
                good.publisher(), LocalDate.now().plusDays(2), good.languages(), good.countries(), good.regions(),
                good.themes(), good.sdgGoals(), good.sdgTargets(), Set.of(), Set.of(), good.licence(), null,
                good.links(), good.contact()), "issued");
        assertRefused(new ResourceDraft(good.kind(), good.network(), "fr", good.texts(), good.creators(),
                good.publisher(), good.issued(), good.languages(), good.countries(), good.regions(), good.themes(),
                good.sdgGoals(), good.sdgTargets(), Set.of(), Set.of(), Licence.OTHER, " ", good.links(),
                good.contact()), "licenceNote");
        assertRefused(new ResourceDraft(good.kind(), good.network(), "fr", good.texts(), good.creators(),
                good.publisher(), good.issued(), good.languages(), good.countries(), good.regions(), good.themes(),
                good.sdgGoals(), good.sdgTargets(), Set.of(), Set.of(), good.licence(), null,
                List.of(new ResourceLink(ResourceLink.Kind.WEB, "javascript:alert(1)", "x")), good.contact()), "links");
        Map<String, LanguageVersion> untitled = new HashMap<>(good.texts());
        untitled.put("fr", LanguageVersion.of(" ", "texte"));
        assertRefused(new ResourceDraft(good.kind(), good.network(), "fr", untitled, good.creators(),
                good.publisher(), good.issued(), good.languages(), good.countries(), good.regions(), good.themes(),
                good.sdgGoals(), good.sdgTargets(), Set.of(), Set.of(), good.licence(), null, good.links(),
                good.contact()), "title");

        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aDraftForAnOrganisationThatIsNotANetworkOrForNoneIsRefusedAndWritesNothing() {
        int before = count();
        OrganisationSummary dogbo = data.municipality("Commune de Dogbo");

        assertThatThrownBy(() -> resources.draft(member, LibraryTestData.caseStudy(dogbo, "Pour une commune")))
                .isInstanceOfSatisfying(LibraryRefusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("network");
                    assertThat(refusal.code()).isEqualTo("library.refusal.network");
                });
        OrganisationSummary unknown = new OrganisationSummary(new OrganisationId(UUID.randomUUID()), "inconnu",
                "Inconnu", OrganisationKind.NETWORK, null);
        assertThatThrownBy(() -> resources.draft(member, LibraryTestData.caseStudy(unknown, "Pour personne")))
                .isInstanceOfSatisfying(LibraryRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("library.refusal.network"));

        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from library_resource where network_id = ?", Integer.class,
                dogbo.id().value())).isZero();
    }

    @Test
    void markupInAnAbstractIsKeptAsTextForThePagesToEscape() {
        ResourceDraft good = LibraryTestData.caseStudy(alga, "Balises");
        Map<String, LanguageVersion> texts = Map.of("fr", LanguageVersion.of("Balises", "<script>alert(1)</script>"));
        ResourceId id = resources.draft(member, new ResourceDraft(good.kind(), good.network(), "fr", texts,
                good.creators(), good.publisher(), good.issued(), good.languages(), good.countries(), good.regions(),
                good.themes(), good.sdgGoals(), good.sdgTargets(), Set.of(), Set.of(), good.licence(), null,
                good.links(), good.contact()));

        assertThat(resources.read(member, id).summary().in(Locale.FRENCH).text()).isEqualTo("<script>alert(1)</script>");
    }

    private void assertRefused(ResourceDraft draft, String field) {
        assertThatThrownBy(() -> resources.draft(member, draft))
                .isInstanceOfSatisfying(LibraryRefusal.class, refusal -> assertThat(refusal.field()).isEqualTo(field));
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from library_resource where submitter_id = ?", Integer.class,
                member.value());
    }

    private static ResourceDraft withTargets(ResourceDraft good, Set<String> targets) {
        return new ResourceDraft(good.kind(), good.network(), good.originalLanguage(), good.texts(), good.creators(),
                good.publisher(), good.issued(), good.languages(), good.countries(), good.regions(), good.themes(),
                good.sdgGoals(), targets, good.sendaiPriorities(), good.sendaiTargets(), good.licence(),
                good.licenceNote(), good.links(), good.contact());
    }

    private static ResourceDraft withCountries(ResourceDraft good, Set<String> countries) {
        return new ResourceDraft(good.kind(), good.network(), good.originalLanguage(), good.texts(), good.creators(),
                good.publisher(), good.issued(), good.languages(), countries, good.regions(), good.themes(),
                good.sdgGoals(), good.sdgTargets(), good.sendaiPriorities(), good.sendaiTargets(), good.licence(),
                good.licenceNote(), good.links(), good.contact());
    }
}
