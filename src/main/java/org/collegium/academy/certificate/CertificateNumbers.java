package org.collegium.academy.certificate;

import java.security.SecureRandom;
import java.time.Year;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Makes certificate numbers such as {@code NALAS-2026-7KQ4-9XZ2}: the academy's prefix, the year of issue and two
 * groups of four random characters (40 random bits), so that numbers reveal nothing about how many were issued and
 * cannot be guessed. The alphabet leaves out 0, 1, I and O, which people misread when they type a number from paper.
 */
final class CertificateNumbers {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final Pattern FORM = Pattern.compile("[A-Z0-9]{1,8}-\\d{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}");
    private static final int MAXIMUM_PREFIX = 8;

    private final RandomGenerator random;

    CertificateNumbers() {
        this(new SecureRandom());
    }

    CertificateNumbers(RandomGenerator random) {
        this.random = random;
    }

    String next(String academySlug, Year year) {
        return prefix(academySlug) + "-" + year.getValue() + "-" + group() + "-" + group();
    }

    /** The first word of the academy's address, in capitals: "nalas-e-academy" gives "NALAS". */
    static String prefix(String academySlug) {
        String first = academySlug == null ? "" : academySlug.split("-", 2)[0];
        String letters = first.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (letters.isEmpty()) {
            return "CERT";
        }
        return letters.length() > MAXIMUM_PREFIX ? letters.substring(0, MAXIMUM_PREFIX) : letters;
    }

    /** How people may type a number: any case, spaces around it. */
    static String normalise(String number) {
        return number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
    }

    private String group() {
        StringBuilder group = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            group.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return group.toString();
    }
}
