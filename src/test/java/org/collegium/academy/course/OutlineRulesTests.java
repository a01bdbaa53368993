package org.collegium.academy.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.collegium.academy.ActivityKind;
import org.collegium.academy.CompletionRule;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.OutlineMove;
import org.junit.jupiter.api.Test;

/**
 * The rules of an outline that need no database: numbering, completion rules per kind, video addresses, search keys.
 */
class OutlineRulesTests {

    static final class Item implements Positions.Positioned {
        final String name;
        int position;

        Item(String name, int position) {
            this.name = name;
            this.position = position;
        }

        @Override
        public void number(int newPosition) {
            position = newPosition;
        }
    }

    private static List<Item> items(String... names) {
        List<Item> list = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            list.add(new Item(names[i], i + 1));
        }
        return list;
    }

    @Test
    void movingSwapsWithTheNeighbourAndKeepsPositionsOneToN() {
        List<Item> list = items("a", "b", "c");
        Positions.move(list, list.get(2), OutlineMove.UP);
        assertThat(list).extracting(item -> item.name).containsExactly("a", "c", "b");
        assertThat(list).extracting(item -> item.position).containsExactly(1, 2, 3);
    }

    @Test
    void movingTheFirstUpOrTheLastDownChangesNothing() {
        List<Item> list = items("a", "b");
        Positions.move(list, list.get(0), OutlineMove.UP);
        Positions.move(list, list.get(1), OutlineMove.DOWN);
        assertThat(list).extracting(item -> item.name).containsExactly("a", "b");
        assertThat(list).extracting(item -> item.position).containsExactly(1, 2);
    }

    @Test
    void renumberingAfterARemovalLeavesNoGap() {
        List<Item> list = items("a", "b", "c");
        list.remove(1);
        Positions.renumber(list);
        assertThat(list).extracting(item -> item.position).containsExactly(1, 2);
    }

    @Test
    void completionRulesFitTheirKindOfActivity() {
        assertThat(Activity.fits(ActivityKind.PAGE, CompletionRule.VIEWED)).isTrue();
        assertThat(Activity.fits(ActivityKind.QUIZ, CompletionRule.QUIZ_PASSED)).isTrue();
        assertThat(Activity.fits(ActivityKind.PAGE, CompletionRule.QUIZ_PASSED)).isFalse();
        assertThat(Activity.fits(ActivityKind.ASSIGNMENT, CompletionRule.ASSIGNMENT_GRADED)).isTrue();
        assertThat(Activity.fits(ActivityKind.VIDEO, CompletionRule.ASSIGNMENT_GRADED)).isFalse();
        assertThat(Activity.fits(ActivityKind.LIVE_SESSION, CompletionRule.ATTENDED)).isTrue();
        assertThat(Activity.fits(ActivityKind.DISCUSSION, CompletionRule.ATTENDED)).isFalse();
    }

    @Test
    void videoAddressesAreHttpOrHttpsOnly() {
        assertThat(Activity.checkedVideoUrl("https://www.youtube.com/watch?v=abc")).startsWith("https://");
        assertThat(Activity.checkedVideoUrl(" ")).isNull();
        for (String bad : List.of("javascript:alert(1)", "ftp://example.org/v.mp4", "//example.org", "not a url")) {
            assertThatThrownBy(() -> Activity.checkedVideoUrl(bad)).isInstanceOf(CourseRefusal.class);
        }
    }

    @Test
    void searchKeysIgnoreCaseAccentsAndPunctuation() {
        assertThat(Texts.normalise("Planificación  MUNICIPALE, d'Été")).isEqualTo("planificacion municipale d ete");
        assertThat(Texts.wordPatterns("Été 100%")).containsExactly("%ete%", "%100%");
    }
}
