package org.collegium.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DirectoryRulesTests {

    @Test
    void slugsAreAsciiWordsJoinedByHyphens() {
        assertThat(Slugs.from("Bogotá D.C.")).isEqualTo("bogota-d-c");
        assertThat(Slugs.from("  Association of Kosovo Municipalities ")).isEqualTo("association-of-kosovo-municipalities");
        assertThat(Slugs.from("Đakovica / Gjakovë")).isEqualTo("dakovica-gjakove");
        assertThat(Slugs.from("Дархан")).isEqualTo("organisation");
        assertThat(Slugs.from("x".repeat(100))).hasSize(Slugs.MAX_LENGTH);
    }

    @Test
    void slugsAreMadeUniqueAndAvoidTheDirectorysOwnAddresses() {
        Set<String> taken = Set.of("nalas", "nalas-2");
        assertThat(Slugs.unique("NALAS", taken::contains)).isEqualTo("nalas-3");
        assertThat(Slugs.unique("New", slug -> false)).isEqualTo("new-2");
        assertThat(Slugs.unique("Partnerships", slug -> false)).isEqualTo("partnerships-2");
    }

    @Test
    void searchKeysIgnoreCaseAccentsAndSpacing() {
        assertThat(SearchKeys.of("Bogotá", "FCM")).isEqualTo(SearchKeys.of("BOGOTA  fcm"));
        assertThat(SearchKeys.of("Jovanović")).isEqualTo("jovanovic");
        assertThat(SearchKeys.of("İstanbul")).isEqualTo("istanbul");
        assertThat(SearchKeys.containing("50%_off")).isEqualTo("%50\\%\\_off%");
    }

    @Test
    void refusesMembershipsThatWouldCloseACircle() {
        UUID uclg = UUID.randomUUID();
        UUID nalas = UUID.randomUUID();
        UUID zels = UUID.randomUUID();
        UUID skopje = UUID.randomUUID();
        Map<UUID, UUID> memberOf = Map.of(nalas, uclg, zels, nalas, skopje, zels);
        Function<Set<UUID>, Set<UUID>> parents = level -> level.stream().filter(memberOf::containsKey)
                .map(memberOf::get).collect(Collectors.toSet());
        assertThat(MembershipRules.wouldCycle(uclg, skopje, parents)).isTrue();
        assertThat(MembershipRules.wouldCycle(nalas, zels, parents)).isTrue();
        assertThat(MembershipRules.wouldCycle(nalas, nalas, parents)).isTrue();
        assertThat(MembershipRules.wouldCycle(skopje, uclg, parents)).isFalse();
        assertThat(MembershipRules.wouldCycle(UUID.randomUUID(), skopje, parents)).isFalse();
    }

    @Test
    void detailsAcceptOnlyIsoCountriesAndWebAddresses() {
        new OrganisationDetails("NALAS", "NALAS", OrganisationKind.NETWORK, null, "South-East Europe", "https://www.nalas.eu")
                .check();
        assertThatThrownBy(() -> details("XK", null).check()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> details("mk", null).check()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> details("MK", "javascript:alert(1)").check()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> details("MK", "ftp://example.org").check()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OrganisationDetails("x".repeat(201), null, OrganisationKind.NETWORK, null, null, null)
                .check()).isInstanceOf(IllegalArgumentException.class);
        assertThat(WebAddresses.isValid("http://skopje.gov.mk/path?q=1")).isTrue();
        assertThat(WebAddresses.isValid("https://")).isFalse();
    }

    private static OrganisationDetails details(String country, String website) {
        return new OrganisationDetails("City of Skopje", null, OrganisationKind.LOCAL_GOVERNMENT, country, null, website);
    }
}
