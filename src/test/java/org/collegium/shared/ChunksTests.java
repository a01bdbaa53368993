package org.collegium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ChunksTests {

    @Test
    void splitsIdsIntoChunksOfAtMostTheSizeAndKeepsEveryRow() {
        List<List<Integer>> statements = new ArrayList<>();
        List<Integer> ids = IntStream.rangeClosed(1, 7).boxed().toList();

        List<String> rows = Chunks.list(ids, 3, chunk -> {
            statements.add(List.copyOf(chunk));
            return chunk.stream().map(id -> "row" + id).toList();
        });

        assertThat(statements).containsExactly(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7));
        assertThat(rows).containsExactly("row1", "row2", "row3", "row4", "row5", "row6", "row7");
    }

    @Test
    void anExactMultipleMakesNoEmptyChunk() {
        List<Integer> sizes = new ArrayList<>();
        Chunks.list(IntStream.range(0, 6).boxed().toList(), 3, chunk -> {
            sizes.add(chunk.size());
            return List.of();
        });
        assertThat(sizes).containsExactly(3, 3);
    }

    @Test
    void noIdsMakeNoStatement() {
        List<Integer> calls = new ArrayList<>();
        assertThat(Chunks.<Integer, String>list(List.of(), 3, chunk -> {
            calls.add(chunk.size());
            return List.of("never");
        })).isEmpty();
        assertThat(calls).isEmpty();
    }

    @Test
    void duplicateIdsAreAskedOnce() {
        List<List<Integer>> statements = new ArrayList<>();
        Chunks.list(List.of(1, 2, 1, 2, 3), 2, chunk -> {
            statements.add(List.copyOf(chunk));
            return List.of();
        });
        assertThat(statements).containsExactly(List.of(1, 2), List.of(3));
    }

    @Test
    void mergesTheMapsOfEveryChunk() {
        List<Integer> ids = IntStream.range(0, 25_001).boxed().toList();
        List<Integer> sizes = new ArrayList<>();

        Map<Integer, String> found = Chunks.map(ids, chunk -> {
            sizes.add(chunk.size());
            return chunk.stream().collect(Collectors.toMap(Function.identity(), String::valueOf));
        });

        assertThat(sizes).containsExactly(Chunks.SIZE, Chunks.SIZE, 5_001);
        assertThat(found).hasSize(25_001).containsEntry(0, "0").containsEntry(25_000, "25000");
    }

    @Test
    void refusesAnEmptyChunkSize() {
        assertThatThrownBy(() -> Chunks.list(List.of(1), 0, List::of)).isInstanceOf(IllegalArgumentException.class);
    }
}
