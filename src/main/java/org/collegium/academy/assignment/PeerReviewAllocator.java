package org.collegium.academy.assignment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Decides who reviews whom, without ever making anyone wait for anyone.
 *
 * <p>The problem is a flow: each submitter may review at most {@code N} submissions (their load), each
 * submission wants {@code min(N, possible reviewers)} reviews, nobody reviews their own submission and nobody
 * reviews the same submission twice. The allocator runs on the whole state of one assignment each time it
 * changes (a learner submits for the first time, withdraws, or lets a review pass its due time):
 * <ol>
 * <li>Submissions short of reviews are taken fewest-reviews first, then in order of submission.</li>
 * <li>For such a submission it looks for a reviewer with spare load who is not its author and not already on it,
 *     the least loaded first (ties: earliest submitter). A new submitter thus immediately both receives reviewers
 *     and picks up the submissions of earlier submitters that were waiting for peers.</li>
 * <li>When every eligible reviewer is full, it searches breadth-first for an augmenting path: a full reviewer X
 *     eligible for the submission gives up a review of another submission T that has not been started (moving
 *     X from T to the short submission), and T in turn looks for a free reviewer or another such move. Only
 *     unstarted allocations move; given reviews never do. This is the augmenting-path step of a maximum flow, so
 *     a submission stays short only when no rearrangement of unstarted reviews could serve it.</li>
 * </ol>
 * A reviewer who drops out (withdraws, or lets a review pass its due time) is no longer eligible: the caller
 * cancels their unstarted allocations first, and the next run hands those reviews to someone else when
 * possible; otherwise the submission simply has fewer reviews. Reviews never gate anything: grading and
 * completion ignore them, so a missing reviewer can hold nobody back.
 *
 * <p>Each step is a breadth-first search over the submissions, O(submitters² × N) at worst and O(submitters)
 * when a free reviewer is at hand (the common case); the search stops at once when nobody has spare load.
 */
final class PeerReviewAllocator {

    /** A submitter: their submission, whether it still wants reviews and whether they may take new reviews. */
    record Participant(UUID submission, UUID author, boolean wantsReviews, boolean mayReview) {
    }

    /** A live allocation of a submission to a reviewer; {@code movable} while the review is not given. */
    record Allocation(UUID reviewer, UUID submission, boolean movable) {
    }

    /** What to change: allocations to cancel (moved elsewhere) and allocations to create. */
    record Plan(List<Allocation> cancelled, List<Allocation> added) {

        boolean isEmpty() {
            return cancelled.isEmpty() && added.isEmpty();
        }
    }

    private final int perSubmission;
    private final Map<UUID, Participant> bySubmission = new LinkedHashMap<>();
    private final Map<UUID, Integer> order = new HashMap<>();
    private final List<UUID> eligible = new ArrayList<>();
    private final Map<UUID, Set<UUID>> reviewersOf = new HashMap<>();
    private final Map<UUID, Set<UUID>> reviewsBy = new HashMap<>();
    private final Set<Allocation> fixed = new HashSet<>();
    private final Set<Allocation> initial = new HashSet<>();

    /**
     * @param perSubmission N, the reviews each submission wants and the most each reviewer does
     * @param participants  submitters in order of first submission
     * @param live          allocations that count (given or pending, not cancelled or missed)
     */
    PeerReviewAllocator(int perSubmission, List<Participant> participants, List<Allocation> live) {
        this.perSubmission = perSubmission;
        for (Participant participant : participants) {
            bySubmission.put(participant.submission(), participant);
            order.put(participant.author(), order.size());
            if (participant.mayReview()) {
                eligible.add(participant.author());
            }
        }
        for (Allocation allocation : live) {
            link(allocation.reviewer(), allocation.submission());
            initial.add(new Allocation(allocation.reviewer(), allocation.submission(), true));
            if (!allocation.movable()) {
                fixed.add(new Allocation(allocation.reviewer(), allocation.submission(), true));
            }
        }
    }

    /** Fills every short submission as far as possible and returns the changes against the given state. */
    Plan allocate() {
        if (perSubmission > 0) {
            List<UUID> short_ = bySubmission.values().stream().filter(Participant::wantsReviews)
                    .map(Participant::submission)
                    .sorted(Comparator.comparingInt((UUID s) -> reviewersOf(s).size())
                            .thenComparingInt(s -> order.get(bySubmission.get(s).author())))
                    .toList();
            for (UUID submission : short_) {
                while (reviewersOf(submission).size() < target(submission) && augment(submission)) {
                    // each successful augmentation adds one reviewer to this submission
                }
            }
        }
        return plan();
    }

    private int target(UUID submission) {
        UUID author = bySubmission.get(submission).author();
        Set<UUID> possible = new HashSet<>(reviewersOf(submission));
        possible.addAll(eligible);
        possible.remove(author);
        return Math.min(perSubmission, possible.size());
    }

    private boolean augment(UUID start) {
        if (eligible.stream().noneMatch(reviewer -> load(reviewer) < perSubmission)) {
            return false;
        }
        Map<UUID, Step> cameFrom = new HashMap<>();
        Set<UUID> visited = new HashSet<>(Set.of(start));
        Deque<UUID> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            UUID node = queue.poll();
            List<UUID> candidates = eligible.stream().filter(reviewer -> mayTake(reviewer, node)).toList();
            UUID free = candidates.stream().filter(reviewer -> load(reviewer) < perSubmission)
                    .min(Comparator.comparingInt(this::load).thenComparingInt(order::get)).orElse(null);
            if (free != null) {
                link(free, node);
                for (UUID at = node; cameFrom.containsKey(at); ) {
                    Step step = cameFrom.get(at);
                    unlink(step.reviewer(), at);
                    link(step.reviewer(), step.towards());
                    at = step.towards();
                }
                return true;
            }
            for (UUID full : candidates) {
                for (UUID other : reviewsBy.getOrDefault(full, Set.of())) {
                    if (!visited.contains(other) && bySubmission.get(other).wantsReviews()
                            && !fixed.contains(new Allocation(full, other, true))) {
                        visited.add(other);
                        cameFrom.put(other, new Step(full, node));
                        queue.add(other);
                    }
                }
            }
        }
        return false;
    }

    /** Reviewer moves from the reached submission to {@code towards}. */
    private record Step(UUID reviewer, UUID towards) {
    }

    private boolean mayTake(UUID reviewer, UUID submission) {
        return !Objects.equals(reviewer, bySubmission.get(submission).author())
                && !reviewersOf(submission).contains(reviewer);
    }

    private int load(UUID reviewer) {
        return reviewsBy.getOrDefault(reviewer, Set.of()).size();
    }

    private Set<UUID> reviewersOf(UUID submission) {
        return reviewersOf.getOrDefault(submission, Set.of());
    }

    private void link(UUID reviewer, UUID submission) {
        reviewersOf.computeIfAbsent(submission, key -> new LinkedHashSet<>()).add(reviewer);
        reviewsBy.computeIfAbsent(reviewer, key -> new LinkedHashSet<>()).add(submission);
    }

    private void unlink(UUID reviewer, UUID submission) {
        reviewersOf.get(submission).remove(reviewer);
        reviewsBy.get(reviewer).remove(submission);
    }

    private Plan plan() {
        Set<Allocation> now = new HashSet<>();
        reviewsBy.forEach((reviewer, submissions) -> submissions.forEach(
                submission -> now.add(new Allocation(reviewer, submission, true))));
        List<Allocation> cancelled = initial.stream().filter(allocation -> !now.contains(allocation)).toList();
        List<Allocation> added = now.stream().filter(allocation -> !initial.contains(allocation))
                .sorted(Comparator.comparingInt((Allocation a) -> order.getOrDefault(a.reviewer(), 0))
                        .thenComparing(Allocation::submission))
                .toList();
        return new Plan(cancelled, added);
    }
}
