package org.collegium.library.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.persistence.EntityManagerFactory;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.LibraryTestData;
import org.collegium.library.Publication;
import org.collegium.library.ResourceId;
import org.collegium.library.resource.Editorial;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An empty index over a database with published resources is rebuilt at start-up; one that merely differs is left
 * for an administrator. (Tests wait for the rebuild: {@code collegium.search.start-rebuild=wait}.)
 */
@CollegiumIntegrationTest
class IndexAtStartIntegrationTests {

    private final IndexAtStart check;
    private final IndexRebuild rebuild;
    private final LibrarySearch search;
    private final EntityManagerFactory entityManagers;
    private final Resources resources;
    private final LibraryTestData data;
    private final Editorial editorial;

    @Autowired
    IndexAtStartIntegrationTests(IndexAtStart check, IndexRebuild rebuild, LibrarySearch search,
            EntityManagerFactory entityManagers, Resources resources, Accounts accounts, Roles roles,
            DirectoryEditing editing, UserDetailsService users, Editorial editorial) {
        this.check = check;
        this.rebuild = rebuild;
        this.search = search;
        this.entityManagers = entityManagers;
        this.resources = resources;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.editorial = editorial;
    }

    @Test
    void anEmptyIndexIsRebuiltFromThePublishedResources() {
        String marker = LibraryTestData.unique("zqrebuilt").replaceAll("[0-9]", "k");
        ResourceId id = published("Reconstruit " + marker);
        emptyTheIndex();
        assertThat(check.indexed()).isZero();
        assertThat(search.search(SearchQuery.of(marker, Locale.FRENCH)).hits()).isEmpty();

        assertThat(check.check(1)).isTrue();

        assertThat(rebuild.progress().state()).isEqualTo(IndexRebuild.State.FINISHED);
        assertThat(search.search(SearchQuery.of(marker, Locale.FRENCH)).hits()).extracting(SearchHit::id)
                .containsExactly(id);
    }

    @Test
    void anIndexThatDiffersIsReportedNotRebuilt() {
        published("Présent " + LibraryTestData.unique("zqpresent").replaceAll("[0-9]", "k"));
        long indexed = check.indexed();
        IndexRebuild.Progress before = rebuild.progress();

        assertThat(check.check(indexed + 3)).isFalse();
        assertThat(check.check(indexed)).isFalse();
        assertThat(check.check(0)).isFalse();

        assertThat(rebuild.progress()).isEqualTo(before);
        assertThat(check.indexed()).isEqualTo(indexed);
    }

    private ResourceId published(String title) {
        OrganisationSummary network = data.network("ALGA");
        AccountId member = data.idOf(data.member());
        ResourceId id = resources.draft(member, LibraryTestData.caseStudy(network, title));
        new Publication(editorial, member, data.idOf(data.administrator())).publish(id);
        return id;
    }

    private void emptyTheIndex() {
        var workspace = Search.mapping(entityManagers).scope(Object.class, ResourceDocument.ENTITY).workspace();
        workspace.purge();
        workspace.flush();
        workspace.refresh();
    }
}
