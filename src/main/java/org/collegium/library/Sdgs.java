package org.collegium.library;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 17 Sustainable Development Goals and their 169 targets ("11.3", "17.17", "6.a"). Goal labels come from the
 * bundles: {@code library.sdg.<goal>}; targets are named by their code, as the UN does.
 */
public final class Sdgs {

    /** Per goal: how many numbered targets, then how many lettered ("means of implementation") targets. */
    private static final int[][] TARGETS = {
        {5, 2}, {5, 3}, {9, 4}, {7, 3}, {6, 3}, {6, 2}, {3, 2}, {10, 2}, {5, 3}, {7, 3}, {7, 3}, {8, 3}, {3, 2},
        {7, 3}, {9, 3}, {10, 2}, {19, 0}
    };

    private static final Pattern TARGET = Pattern.compile("(\\d{1,2})\\.(\\d{1,2}|[a-d])");

    public static final List<Integer> GOALS = java.util.stream.IntStream.rangeClosed(1, 17).boxed().toList();

    private Sdgs() {
    }

    public static boolean isGoal(Integer goal) {
        return goal != null && goal >= 1 && goal <= 17;
    }

    /** The goal a target belongs to, when the code names one of the 169 targets. */
    public static Optional<Integer> goalOf(String target) {
        Matcher matcher = TARGET.matcher(target == null ? "" : target);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int goal = Integer.parseInt(matcher.group(1));
        if (!isGoal(goal)) {
            return Optional.empty();
        }
        String part = matcher.group(2);
        int[] counts = TARGETS[goal - 1];
        boolean known = Character.isDigit(part.charAt(0))
                ? Integer.parseInt(part) >= 1 && Integer.parseInt(part) <= counts[0]
                : part.charAt(0) - 'a' < counts[1];
        return known ? Optional.of(goal) : Optional.empty();
    }

    public static boolean isTarget(String target) {
        return goalOf(target).isPresent();
    }

    /** The targets of one goal, in the UN's order. */
    public static List<String> targetsOf(int goal) {
        if (!isGoal(goal)) {
            return List.of();
        }
        List<String> targets = new ArrayList<>();
        int[] counts = TARGETS[goal - 1];
        for (int number = 1; number <= counts[0]; number++) {
            targets.add(goal + "." + number);
        }
        for (int letter = 0; letter < counts[1]; letter++) {
            targets.add(goal + "." + (char) ('a' + letter));
        }
        return Collections.unmodifiableList(targets);
    }
}
