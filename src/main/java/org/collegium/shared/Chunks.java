package org.collegium.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Look-ups by many ids split into statements of at most {@link #SIZE} ids: PostgreSQL's driver refuses more than
 * 65,535 bind parameters in one statement, and huge IN-lists plan badly. Ids are deduplicated first.
 */
public final class Chunks {

    /** Ids per statement. */
    public static final int SIZE = 10_000;

    private Chunks() {
    }

    /** The rows found for every chunk of the ids, in chunk order; no statement at all without ids. */
    public static <I, R> List<R> list(Collection<I> ids, Function<List<I>, ? extends Collection<R>> lookup) {
        return list(ids, SIZE, lookup);
    }

    static <I, R> List<R> list(Collection<I> ids, int size, Function<List<I>, ? extends Collection<R>> lookup) {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size " + size);
        }
        List<I> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
        List<R> found = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += size) {
            found.addAll(lookup.apply(distinct.subList(from, Math.min(distinct.size(), from + size))));
        }
        return found;
    }

    /** The maps found for every chunk of the ids, merged (a key found twice keeps its last value). */
    public static <I, K, V> Map<K, V> map(Collection<I> ids, Function<List<I>, Map<K, V>> lookup) {
        return map(ids, SIZE, lookup);
    }

    static <I, K, V> Map<K, V> map(Collection<I> ids, int size, Function<List<I>, Map<K, V>> lookup) {
        Map<K, V> merged = new HashMap<>();
        list(ids, size, chunk -> List.of(lookup.apply(chunk))).forEach(merged::putAll);
        return merged;
    }
}
