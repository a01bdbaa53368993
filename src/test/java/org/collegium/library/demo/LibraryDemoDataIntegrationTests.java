package org.collegium.library.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.library.ResourceKind;
import org.collegium.library.ResourceStatus;
import org.collegium.library.ResourceView;
import org.collegium.library.collection.CollectionView;
import org.collegium.library.collection.LibraryCollections;
import org.collegium.library.resource.EditorialHistory;
import org.collegium.library.resource.Resources;
import org.collegium.library.review.Contributions;
import org.collegium.library.search.LibrarySearch;
import org.collegium.library.search.SearchHit;
import org.collegium.library.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;

/** The demo library: the six illustrative ALGA cases, the guides and notes, in English and French, one in Spanish. */
@CollegiumIntegrationTest
class LibraryDemoDataIntegrationTests {

    @Autowired ApplicationContext context;
    @Autowired Resources resources;
    @Autowired EditorialHistory history;
    @Autowired Contributions contributions;
    @Autowired Accounts accounts;
    @Autowired LibraryCollections collections;
    @Autowired LibrarySearch search;

    @Test
    void buildsTheSixCasesAndTheGuidesOnce() throws Exception {
        runAll();
        runAll();

        List<ResourceView> alga = resources.submittedBy(accounts.findByEmail(LibraryDemoData.ALGA_EDITOR).orElseThrow().id());
        List<ResourceView> cases = alga.stream().filter(resource -> resource.kind() == ResourceKind.CASE_STUDY).toList();
        assertThat(cases).flatExtracting(ResourceView::countries)
                .containsExactlyInAnyOrder("BJ", "CM", "ML", "MA", "MZ", "TN");
        assertThat(cases).allSatisfy(resource -> {
            assertThat(resource.example()).as("marked as an illustrative sample").isTrue();
            assertThat(resource.title().readableLanguages()).contains("en", "fr");
            assertThat(resource.sections()).hasSizeGreaterThanOrEqualTo(8);
        });
        assertThat(alga).filteredOn(resource -> resource.kind() == ResourceKind.GUIDE).singleElement()
                .satisfies(guide -> assertThat(guide.title().in(Locale.of("es")).text())
                        .startsWith("Guía de planificación"));
        assertThat(alga).filteredOn(resource -> resource.kind() == ResourceKind.PEER_LEARNING_NOTE).singleElement()
                .satisfies(note -> assertThat(note.example()).as("the note reports the session of seed 002").isFalse());
        List<ResourceView> uclg = resources.submittedBy(accounts.findByEmail(LibraryDemoData.UCLG_EDITOR).orElseThrow().id());
        assertThat(uclg).flatExtracting(ResourceView::sendaiPriorities).contains(1, 2, 4);
        assertThat(uclg).flatExtracting(ResourceView::sdgGoals).contains(11, 16, 17);

        assertThat(alga).extracting(ResourceView::status).containsOnly(ResourceStatus.PUBLISHED);
        assertThat(uclg).extracting(ResourceView::status).containsOnly(ResourceStatus.PUBLISHED);
        assertThat(cases).allSatisfy(resource -> {
            assertThat(history.state(null, resource.id()).versions()).hasSize(1);
            assertThat(contributions.on(null, resource.id())).singleElement()
                    .satisfies(analysis -> assertThat(analysis.isAnalysis()).isTrue());
        });
        AccountId member = accounts.findByEmail(LibraryDemoData.NALAS_MEMBER).orElseThrow().id();
        assertThat(history.reviewQueue(accounts.findByEmail(LibraryDemoData.NALAS_EDITOR).orElseThrow().id()))
                .extracting(ResourceView::submitter).contains(member);

        List<ResourceView> withPdfs = Stream.concat(alga.stream(), uclg.stream())
                .filter(resource -> !resource.files().isEmpty()).toList();
        assertThat(withPdfs).hasSize(3).allSatisfy(resource -> assertThat(resource.files()).singleElement()
                .satisfies(file -> assertThat(file.mediaType()).isEqualTo("application/pdf")));
        List<CollectionView> demoCollections = collections.all().stream()
                .filter(collection -> List.of("Planning decentralised cooperation", "SDG localisation",
                        "Sendai Framework localisation").contains(collection.title().in(Locale.ENGLISH).text()))
                .toList();
        assertThat(demoCollections).hasSize(3)
                .allSatisfy(collection -> assertThat(collections.publishedIn(collection)).hasSizeGreaterThanOrEqualTo(2));
        assertThat(demoCollections).extracting(collection -> collection.title().in(Locale.of("es")).fallback())
                .containsOnly(false);

        ResourceView guide = alga.stream().filter(resource -> resource.kind() == ResourceKind.GUIDE).findFirst()
                .orElseThrow();
        ResourceView sendai = uclg.stream().filter(resource -> resource.sendaiPriorities().contains(2)).findFirst()
                .orElseThrow();
        assertThat(search.search(SearchQuery.of("valorisation", Locale.FRENCH)).hits())
                .as("a word found only in the guide's PDF").extracting(SearchHit::id).contains(guide.id());
        assertThat(search.search(SearchQuery.of("tabletop exercise", Locale.ENGLISH)).hits())
                .as("words found only in the Sendai module's PDF").extracting(SearchHit::id).contains(sendai.id());
    }

    private void runAll() throws Exception {
        for (String name : List.of("org.collegium.identity.IdentityDemoData", "org.collegium.network.NetworkDemoData",
                "org.collegium.library.demo.LibraryDemoData")) {
            ApplicationRunner runner = (ApplicationRunner) context.getAutowireCapableBeanFactory()
                    .createBean(Class.forName(name));
            runner.run(null);
        }
    }
}
