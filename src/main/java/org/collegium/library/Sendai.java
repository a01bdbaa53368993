package org.collegium.library;

import java.util.List;

/**
 * The Sendai Framework for Disaster Risk Reduction 2015–2030: its four priorities for action (1–4) and its seven
 * global targets (A–G). Labels come from the bundles: {@code library.sendai.priority.<n>},
 * {@code library.sendai.target.<letter>}.
 */
public final class Sendai {

    public static final List<Integer> PRIORITIES = List.of(1, 2, 3, 4);

    public static final List<String> TARGETS = List.of("A", "B", "C", "D", "E", "F", "G");

    private Sendai() {
    }

    public static boolean isPriority(Integer priority) {
        return priority != null && PRIORITIES.contains(priority);
    }

    public static boolean isTarget(String target) {
        return target != null && TARGETS.contains(target);
    }
}
