package org.collegium.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.collegium.library.CaseSection;
import org.collegium.library.Creator;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.ResourceDraft;
import org.collegium.library.ResourceKind;
import org.junit.jupiter.api.Test;

/** How the resource form turns what was typed into a description, and how its rows are added and removed. */
class ResourceFormTests {

    @Test
    void readsTypedSdgTargetsSkipsEmptyRowsAndKeepsTheOriginalTextsFirst() {
        ResourceForm form = ResourceForm.empty(ResourceKind.CASE_STUDY);
        form.setNetwork(UUID.randomUUID().toString());
        form.setOriginalLanguage("fr");
        form.setTitle("Titre");
        form.getSections().put("CONTEXT", "Contexte");
        form.getSections().put("RESULTS", "  ");
        form.setSdgTargets(" 11.3,6.A ;  17.17 ");
        form.addRow("translation");
        form.getTranslations().get(0).setLanguage("en");
        form.getTranslations().get(0).setTitle("Title");
        form.addRow("translation");
        form.getCreators().get(0).setName("Aminata Diallo");
        form.addRow("creator");
        form.addRow("link");

        ResourceDraft draft = form.draft();

        assertThat(draft.sdgTargets()).containsExactlyInAnyOrder("11.3", "6.a", "17.17");
        assertThat(draft.texts()).containsOnlyKeys("fr", "en");
        assertThat(draft.texts().get("fr").sections()).containsOnlyKeys(CaseSection.CONTEXT);
        assertThat(draft.creators()).containsExactly(Creator.person("Aminata Diallo"));
        assertThat(draft.links()).isEmpty();
    }

    @Test
    void refusesALanguageGivenTwiceAndATranslationWithoutItsLanguage() {
        ResourceForm form = ResourceForm.empty(ResourceKind.GUIDE);
        form.setOriginalLanguage("fr");
        form.setTitle("Titre");
        form.addRow("translation");
        form.getTranslations().get(0).setLanguage("fr");
        form.getTranslations().get(0).setTitle("Encore");
        assertThatThrownBy(form::draft).isInstanceOfSatisfying(LibraryRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo("editorial.refusal.duplicateLanguage"));

        form.getTranslations().get(0).setLanguage("");
        assertThatThrownBy(form::draft).isInstanceOfSatisfying(LibraryRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo("editorial.refusal.translationLanguage"));
    }

    @Test
    void removesTheNamedRowAndIgnoresUnreadableNames() {
        ResourceForm form = ResourceForm.empty(ResourceKind.REPORT);
        form.addRow("creator");
        form.getCreators().get(0).setName("First");
        form.getCreators().get(1).setName("Second");

        form.removeRow("creator:7");
        form.removeRow("creator:-1");
        form.removeRow("nothing:0");
        form.removeRow(null);
        assertThat(form.getCreators()).hasSize(2);

        form.removeRow("creator:0");
        assertThat(form.getCreators()).extracting(CreatorRow::getName).containsExactly("Second");
    }

    @Test
    void anUnreadableNetworkIsNoNetwork() {
        ResourceForm form = ResourceForm.empty(ResourceKind.REPORT);
        form.setNetwork("not-an-id");
        assertThat(form.draft().network()).isNull();
    }
}
