package org.collegium.academy.course;

import java.util.Collections;
import java.util.List;

import org.collegium.academy.OutlineMove;

/**
 * Keeps the items of an outline numbered 1..n, in list order, when one moves or goes.
 */
final class Positions {

    interface Positioned {
        void number(int position);
    }

    private Positions() {
    }

    /** Swaps the item with its neighbour; moving the first up or the last down changes nothing. */
    static <T extends Positioned> void move(List<T> items, T item, OutlineMove move) {
        int index = items.indexOf(item);
        if (index < 0) {
            throw new IllegalArgumentException("not in this outline");
        }
        int target = move == OutlineMove.UP ? index - 1 : index + 1;
        if (target >= 0 && target < items.size()) {
            Collections.swap(items, index, target);
        }
        renumber(items);
    }

    static <T extends Positioned> void renumber(List<T> items) {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).number(i + 1);
        }
    }
}
