package org.collegium.academy.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A Fisher-Yates shuffle driven by a seed, so that an attempt shows the same order every time it is opened, on any
 * node: {@link Random}'s generator is specified by the JDK, hence the same sequence for the same seed everywhere.
 */
final class Shuffle {

    private Shuffle() {
    }

    static <T> List<T> of(List<T> items, long seed) {
        List<T> shuffled = new ArrayList<>(items);
        Random random = new Random(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swapped = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swapped);
        }
        return shuffled;
    }

    /** A seed of its own for each question and purpose, derived from the attempt's seed. */
    static long seedFor(long attemptSeed, UUID question, int purpose) {
        long mixed = attemptSeed ^ question.getMostSignificantBits() * 0x9E3779B97F4A7C15L
                ^ question.getLeastSignificantBits() ^ (long) purpose * 0xBF58476D1CE4E5B9L;
        return mixed ^ (mixed >>> 31);
    }
}
