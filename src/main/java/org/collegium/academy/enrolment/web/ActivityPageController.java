package org.collegium.academy.enrolment.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.AssignmentView;
import org.collegium.academy.Assignments;
import org.collegium.academy.MediaFileId;
import org.collegium.academy.SubmissionView;
import org.collegium.academy.ReceivedReview;
import org.collegium.academy.ActivityId;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.Enrolments;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.LearnerActivity;
import org.collegium.academy.LiveSessionView;
import org.collegium.academy.MediaFileSummary;
import org.collegium.academy.MediaKind;
import org.collegium.academy.MediaLibrary;
import org.collegium.academy.QuizOverview;
import org.collegium.academy.Quizzes;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An activity's page, for the course's enrolled learners (opening it may complete it) and its authors (who can look
 * at it as a learner would).
 */
@Controller
class ActivityPageController {

    private final Academies academies;
    private final Enrolments enrolments;
    private final CourseAccess access;
    private final MediaLibrary media;
    private final Quizzes quizzes;
    private final CourseRuns runs;
    private final Assignments assignments;
    private final Accounts accounts;

    ActivityPageController(Academies academies, Enrolments enrolments, CourseAccess access, MediaLibrary media,
            Quizzes quizzes, CourseRuns runs, Assignments assignments, Accounts accounts) {
        this.academies = academies;
        this.enrolments = enrolments;
        this.access = access;
        this.media = media;
        this.quizzes = quizzes;
        this.runs = runs;
        this.assignments = assignments;
        this.accounts = accounts;
    }

    @GetMapping("/academies/{slug}/courses/{course}/activities/{activity}")
    String activity(@PathVariable String slug, @PathVariable String course, @PathVariable String activity,
            @RequestParam(name = "preview", defaultValue = "false") boolean preview, Model model) {
        AcademySummary academy = academies.get(slug);
        ActivityId id = new ActivityId(Ids.uuid(activity));
        access.activity(id).filter(found -> found.academy().equals(academy.id()))
                .orElseThrow(() -> new NotFoundException("activity"));
        LearnerActivity opened = enrolments.open(Viewing.account(), id, preview);
        CourseSummary summary = opened.view().course();
        if (!summary.academy().equals(academy.id()) || !summary.slug().equals(course)) {
            throw new NotFoundException("activity");
        }
        model.addAttribute("academy", academy);
        model.addAttribute("opened", opened);
        model.addAttribute("view", opened.view());
        model.addAttribute("course", summary);
        addKindContent(model, academy, opened);
        return "academy/enrolment/activity";
    }

    /** What the activity's kind shows besides its title: files, the quiz's overview, the forum, the sessions. */
    private void addKindContent(Model model, AcademySummary academy, LearnerActivity opened) {
        ActivityId id = opened.view().activity().id();
        Optional<AccountId> viewer = Viewing.account();
        switch (opened.view().activity().kind()) {
            case VIDEO -> {
                List<MediaFileSummary> files = readable(viewer, id);
                model.addAttribute("video", first(files, MediaKind.VIDEO));
                model.addAttribute("captions", first(files, MediaKind.CAPTIONS));
            }
            case DOCUMENT -> model.addAttribute("documents", readable(viewer, id).stream()
                    .filter(file -> file.kind() == MediaKind.DOCUMENT).toList());
            case DISCUSSION -> model.addAttribute("forumPath", "/academies/" + academy.slug() + "/courses/"
                    + opened.view().course().id().value() + "/discussions?module=" + opened.view().module().id().value());
            case QUIZ -> {
                QuizOverview quiz = viewer.flatMap(account -> quizzes.overview(account, id)).orElse(null);
                model.addAttribute("quiz", quiz);
                model.addAttribute("attempts", quiz == null || opened.authoring() || viewer.isEmpty() ? List.of()
                        : quizzes.results(viewer.get(), id));
            }
            case LIVE_SESSION -> model.addAttribute("sessions", runs.runsOf(viewer, opened.view().course().id()).stream()
                    .flatMap(run -> run.sessions().stream())
                    .filter(session -> id.equals(session.activity()))
                    .sorted(Comparator.comparing(LiveSessionView::starts))
                    .toList());
            case ASSIGNMENT -> addAssignment(model, viewer, opened);
            default -> {
                // pages: their body is already on the page
            }
        }
    }

    /** The assignment, and for a learner their work, its grade once released and the peer reviews. */
    private void addAssignment(Model model, Optional<AccountId> viewer, LearnerActivity opened) {
        ActivityId id = opened.view().activity().id();
        Optional<AssignmentView> assignment = viewer.flatMap(account -> set(() -> assignments.assignment(account, id)));
        model.addAttribute("assignment", assignment.orElse(null));
        if (assignment.isEmpty() || opened.authoring()) {
            return;
        }
        AccountId learner = viewer.get();
        Optional<SubmissionView> mine = assignments.mySubmission(learner, id);
        model.addAttribute("submission", mine.orElse(null));
        model.addAttribute("submissionFile", mine.map(SubmissionView::file)
                .flatMap(file -> media.find(new MediaFileId(file))).orElse(null));
        model.addAttribute("reviewsToDo", assignments.reviewsToDo(learner, id).stream()
                .filter(task -> !task.done()).count());
        List<ReceivedReview> received = assignments.reviewsReceived(learner, id);
        model.addAttribute("reviewsReceived", received);
        model.addAttribute("reviewers", accounts.findAll(received.stream().flatMap(review -> review.reviewer().stream())
                .collect(Collectors.toSet())));
    }

    /** The assignment, or empty while staff have not set it up yet. */
    private static Optional<AssignmentView> set(java.util.function.Supplier<AssignmentView> assignment) {
        try {
            return Optional.of(assignment.get());
        } catch (NotFoundException notYet) {
            return Optional.empty();
        }
    }

    private List<MediaFileSummary> readable(Optional<AccountId> viewer, ActivityId activity) {
        return media.attachedTo(activity).stream().filter(file -> media.mayRead(viewer, file)).toList();
    }

    private static MediaFileSummary first(List<MediaFileSummary> files, MediaKind kind) {
        return files.stream().filter(file -> file.kind() == kind).findFirst().orElse(null);
    }
}
