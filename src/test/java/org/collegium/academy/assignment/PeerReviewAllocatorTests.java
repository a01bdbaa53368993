package org.collegium.academy.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.collegium.academy.assignment.PeerReviewAllocator.Allocation;
import org.collegium.academy.assignment.PeerReviewAllocator.Participant;
import org.junit.jupiter.api.Test;

/**
 * Property-style tests: random cohorts submit in random order, some give their reviews, some withdraw, some miss
 * their reviews; after every step the allocation must hold its invariants.
 */
class PeerReviewAllocatorTests {

    @Test
    void twoSubmittersReviewEachOtherAndTheFirstWaitsForNobody() {
        Cohort cohort = new Cohort(2);
        UUID first = cohort.submit();
        assertThat(cohort.live()).isEmpty();
        UUID second = cohort.submit();
        assertThat(cohort.reviewersOf(first)).containsExactly(second);
        assertThat(cohort.reviewersOf(second)).containsExactly(first);
    }

    @Test
    void aReviewerWhoWithdrawsIsReplacedBySomeoneWithSpareLoad() {
        Cohort cohort = new Cohort(1);
        UUID a = cohort.submit();
        UUID b = cohort.submit();
        UUID c = cohort.submit();
        UUID reviewerOfA = cohort.reviewersOf(a).iterator().next();
        cohort.withdraw(reviewerOfA);
        assertThat(cohort.reviewersOf(a)).hasSize(1).doesNotContain(reviewerOfA, a);
        assertThat(Set.of(a, b, c)).contains(reviewerOfA);
        cohort.checkInvariants();
    }

    @Test
    void aMissedReviewIsDroppedWhenNobodyCanTakeIt() {
        Cohort cohort = new Cohort(1);
        UUID a = cohort.submit();
        UUID b = cohort.submit();
        cohort.miss(b);
        assertThat(cohort.reviewersOf(a)).isEmpty();
        assertThat(cohort.reviewersOf(b)).containsExactly(a);
        cohort.checkInvariants();
    }

    @Test
    void everySubmissionGetsItsReviewsWhateverTheOrderAndWithdrawals() {
        Random random = new Random(20260501L);
        for (int round = 0; round < 200; round++) {
            int size = 1 + random.nextInt(25);
            int perSubmission = 1 + random.nextInt(5);
            Cohort cohort = new Cohort(perSubmission);
            for (int i = 0; i < size; i++) {
                cohort.submit();
                cohort.checkInvariants();
                cohort.checkEverySubmissionServed();
                if (random.nextInt(6) == 0 && cohort.active().size() > 1) {
                    cohort.withdraw(cohort.active().get(random.nextInt(cohort.active().size())));
                    cohort.checkInvariants();
                    cohort.checkEverySubmissionServed();
                }
            }
        }
    }

    @Test
    void givenReviewsStayAndMissedOnesMoveWithoutExceedingAnyLoad() {
        Random random = new Random(42L);
        for (int round = 0; round < 200; round++) {
            int size = 2 + random.nextInt(25);
            int perSubmission = 1 + random.nextInt(5);
            Cohort cohort = new Cohort(perSubmission);
            for (int i = 0; i < size; i++) {
                cohort.submit();
                int event = random.nextInt(10);
                List<UUID> active = cohort.active();
                UUID someone = active.get(random.nextInt(active.size()));
                if (event < 3) {
                    cohort.giveAllOf(someone);
                } else if (event == 3) {
                    cohort.miss(someone);
                } else if (event == 4) {
                    cohort.withdraw(someone);
                }
                cohort.checkInvariants();
                cohort.checkNoShortSubmissionWithAFreeEligibleReviewer();
            }
        }
    }

    /** A simulated assignment applying the allocator's plans as the engine does. */
    static final class Cohort {

        enum State { PENDING, GIVEN, CANCELLED, MISSED }

        static final class Review {
            final UUID reviewer;
            final UUID submission;
            State state = State.PENDING;

            Review(UUID reviewer, UUID submission) {
                this.reviewer = reviewer;
                this.submission = submission;
            }
        }

        private final int perSubmission;
        /** Submission ids are the authors' ids, which keeps the checks readable. */
        private final Map<UUID, Participant> participants = new LinkedHashMap<>();
        private final List<Review> reviews = new ArrayList<>();
        private final Set<String> given = new HashSet<>();

        Cohort(int perSubmission) {
            this.perSubmission = perSubmission;
        }

        UUID submit() {
            UUID author = UUID.randomUUID();
            participants.put(author, new Participant(author, author, true, true));
            run();
            return author;
        }

        void withdraw(UUID author) {
            participants.put(author, new Participant(author, author, false, false));
            reviews.stream().filter(r -> r.state == State.PENDING)
                    .filter(r -> r.reviewer.equals(author) || r.submission.equals(author))
                    .forEach(r -> r.state = State.CANCELLED);
            run();
        }

        void miss(UUID reviewer) {
            Participant before = participants.get(reviewer);
            participants.put(reviewer, new Participant(reviewer, reviewer, before.wantsReviews(), false));
            reviews.stream().filter(r -> r.state == State.PENDING && r.reviewer.equals(reviewer))
                    .forEach(r -> r.state = State.MISSED);
            run();
        }

        void giveAllOf(UUID reviewer) {
            reviews.stream().filter(r -> r.state == State.PENDING && r.reviewer.equals(reviewer)).forEach(r -> {
                r.state = State.GIVEN;
                given.add(key(r.reviewer, r.submission));
            });
        }

        private void run() {
            List<Allocation> live = live().stream()
                    .map(r -> new Allocation(r.reviewer, r.submission, r.state == State.PENDING)).toList();
            PeerReviewAllocator.Plan plan = new PeerReviewAllocator(perSubmission,
                    List.copyOf(participants.values()), live).allocate();
            for (Allocation cancelled : plan.cancelled()) {
                Review review = live().stream()
                        .filter(r -> r.reviewer.equals(cancelled.reviewer()) && r.submission.equals(cancelled.submission()))
                        .findFirst().orElseThrow();
                assertThat(review.state).as("a given review never moves").isEqualTo(State.PENDING);
                review.state = State.CANCELLED;
            }
            plan.added().forEach(added -> reviews.add(new Review(added.reviewer(), added.submission())));
        }

        List<Review> live() {
            return reviews.stream().filter(r -> r.state == State.PENDING || r.state == State.GIVEN).toList();
        }

        List<UUID> active() {
            return participants.values().stream().filter(Participant::wantsReviews).map(Participant::author).toList();
        }

        Set<UUID> reviewersOf(UUID submission) {
            return live().stream().filter(r -> r.submission.equals(submission)).map(r -> r.reviewer)
                    .collect(Collectors.toSet());
        }

        int load(UUID reviewer) {
            return (int) live().stream().filter(r -> r.reviewer.equals(reviewer)).count();
        }

        void checkInvariants() {
            Set<String> pairs = new HashSet<>();
            for (Review review : live()) {
                assertThat(review.reviewer).as("nobody reviews themselves").isNotEqualTo(review.submission);
                assertThat(pairs.add(key(review.reviewer, review.submission))).as("no pair twice").isTrue();
            }
            Map<UUID, Integer> loads = new HashMap<>();
            live().forEach(r -> loads.merge(r.reviewer, 1, Integer::sum));
            assertThat(loads.values()).allSatisfy(load -> assertThat(load).isLessThanOrEqualTo(perSubmission));
            for (Participant participant : participants.values()) {
                if (!participant.wantsReviews()) {
                    assertThat(reviews).noneMatch(r -> r.state == State.PENDING
                            && (r.reviewer.equals(participant.author()) || r.submission.equals(participant.author())));
                }
            }
            assertThat(given).allSatisfy(pair -> assertThat(pairs).contains(pair));
        }

        /** Exact when every allocation may move: min(N, other active submitters) each. */
        void checkEverySubmissionServed() {
            List<UUID> active = active();
            for (UUID submission : active) {
                assertThat(reviewersOf(submission)).hasSize(Math.min(perSubmission, active.size() - 1));
            }
        }

        /** With given and missed reviews the optimum may be lower; still no easy improvement may be left. */
        void checkNoShortSubmissionWithAFreeEligibleReviewer() {
            for (UUID submission : active()) {
                Set<UUID> reviewers = reviewersOf(submission);
                if (reviewers.size() >= perSubmission) {
                    continue;
                }
                for (Participant candidate : participants.values()) {
                    UUID reviewer = candidate.author();
                    boolean free = candidate.mayReview() && load(reviewer) < perSubmission
                            && !reviewer.equals(submission) && !reviewers.contains(reviewer);
                    assertThat(free).as("a free eligible reviewer was left idle").isFalse();
                }
            }
        }

        private static String key(UUID reviewer, UUID submission) {
            return reviewer + ">" + submission;
        }
    }
}
