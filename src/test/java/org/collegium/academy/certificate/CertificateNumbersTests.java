package org.collegium.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CertificateNumbersTests {

    private final CertificateNumbers numbers = new CertificateNumbers();

    @Test
    void numbersCarryTheAcademyPrefixTheYearAndTwoRandomGroups() {
        String number = numbers.next("nalas", Year.of(2026));

        assertThat(number).matches("NALAS-2026-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(CertificateNumbers.FORM.matcher(number).matches()).isTrue();
    }

    @Test
    void theAlphabetLeavesOutCharactersPeopleMisread() {
        assertThat(CertificateNumbers.ALPHABET).hasSize(32).doesNotContain("0", "1", "I", "O");
        assertThat(CertificateNumbers.ALPHABET.chars().distinct().count()).isEqualTo(32);
        for (int i = 0; i < 500; i++) {
            String groups = numbers.next("nalas", Year.of(2026)).substring("NALAS-2026-".length()).replace("-", "");
            assertThat(groups).doesNotContain("0", "1", "I", "O");
        }
    }

    @Test
    void prefixIsTheFirstWordOfTheAddressInCapitals() {
        assertThat(CertificateNumbers.prefix("nalas-e-academy")).isEqualTo("NALAS");
        assertThat(CertificateNumbers.prefix("darkhanuulprovince")).isEqualTo("DARKHANU");
        assertThat(CertificateNumbers.prefix("")).isEqualTo("CERT");
        assertThat(CertificateNumbers.prefix(null)).isEqualTo("CERT");
    }

    @Test
    void numbersDoNotFollowOneAnother() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            seen.add(numbers.next("nalas", Year.of(2026)));
        }
        assertThat(seen).hasSize(2000);
    }

    @Test
    void theSameRandomSourceGivesTheSameNumberSoCollisionsCanBeProvoked() {
        String first = new CertificateNumbers(new Random(7)).next("nalas", Year.of(2026));
        String second = new CertificateNumbers(new Random(7)).next("nalas", Year.of(2026));

        assertThat(first).isEqualTo(second);
    }

    @Test
    void typedNumbersAreNormalised() {
        assertThat(CertificateNumbers.normalise("  nalas-2026-7kq4-9xz2 ")).isEqualTo("NALAS-2026-7KQ4-9XZ2");
    }
}
