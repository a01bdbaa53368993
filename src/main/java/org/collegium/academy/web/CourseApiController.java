package org.collegium.academy.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.ActivitySummary;
import org.collegium.academy.CatalogueQuery;
import org.collegium.academy.CatalogueSort;
import org.collegium.academy.CourseFormat;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.CourseView;
import org.collegium.academy.RunView;
import org.collegium.academy.CourseSummary;
import org.collegium.academy.EnrolmentStatus;
import org.collegium.academy.Enrolments;
import org.collegium.academy.Courses;
import org.collegium.academy.LearningSummary;
import org.collegium.identity.AccountId;
import org.collegium.identity.ExpertiseTopic;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.i18n.LocalizedText;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The course catalogue, the signed-in learner's enrolments and progress, and enrolment, as JSON.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Courses", description = "The catalogue of published courses, enrolment and the learner's progress. "
        + "Calls that change something and are authenticated by the session cookie need the CSRF token: send the "
        + "value of the XSRF-TOKEN cookie in the X-XSRF-TOKEN header (or the _csrf parameter).")
class CourseApiController {

    static final int MAX_SIZE = 100;

    private final Courses courses;
    private final Academies academies;
    private final Enrolments enrolments;
    private final CourseRuns runs;
    private final MessageSource messages;

    CourseApiController(Courses courses, Academies academies, Enrolments enrolments, CourseRuns runs,
            MessageSource messages) {
        this.courses = courses;
        this.academies = academies;
        this.enrolments = enrolments;
        this.runs = runs;
        this.messages = messages;
    }

    @Schema(description = "A text in the language asked for (Accept-Language) or in the language it falls back to")
    record Text(String text, @Schema(description = "ISO 639-1 code of the language of the text") String language,
            @Schema(description = "True when the text is not in the language asked for") boolean fallback) {

        static Text of(LocalizedText text) {
            return new Text(text.text(), text.isEmpty() ? null : text.language(), text.fallback());
        }
    }

    @Schema(description = "A published course of the catalogue")
    record CourseItem(String id, String academy, String slug, Text title, Text summary, List<String> themes,
            List<String> languages, String format, String level, Integer durationHours, List<Integer> sdgGoals,
            String href) {
    }

    @Schema(description = "A page of the catalogue")
    record CoursePage(List<CourseItem> items, int page, int size, long totalItems, int totalPages) {
    }

    @Schema(description = "One of the signed-in learner's enrolments")
    record EnrolmentItem(String enrolment, String run, String status, String runLanguage, CourseItem course) {
    }

    @Schema(description = "The signed-in learner's progress in one course")
    record ProgressItem(String enrolment, String course, String status, int completed, int required, int percent,
            @Schema(description = "Title of the next activity to do, or null") Text next) {
    }

    @Schema(description = "The outcome of an enrolment: ACTIVE, WAITING (the run is full) or PENDING_APPROVAL")
    record EnrolmentOutcome(String run, String status) {
    }

    @GetMapping("/courses")
    @Operation(summary = "The catalogue of published courses",
            description = "Titles and summaries in the first language of Accept-Language they are written in")
    @ApiResponse(responseCode = "200", description = "A page of courses")
    @ApiResponse(responseCode = "400", description = "An unknown theme or format, or a bad page",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    CoursePage catalogue(@Parameter(description = "Words of the title or summary") @RequestParam(required = false) String q,
            @Parameter(description = "Slug of an academy, e.g. nalas") @RequestParam(required = false) String academy,
            @Parameter(description = "A theme, e.g. ENERGY_EFFICIENCY") @RequestParam(required = false) ExpertiseTopic theme,
            @Parameter(description = "ISO 639-1 code of a language the course is given in") @RequestParam(required = false) String language,
            @RequestParam(required = false) CourseFormat format,
            @Parameter(description = "A Sustainable Development Goal, 1 to 17") @RequestParam(required = false) Integer sdg,
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "At most 100") @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 to " + MAX_SIZE);
        }
        if (sdg != null && (sdg < 1 || sdg > 17)) {
            throw new IllegalArgumentException("sdg must be 1 to 17");
        }
        CatalogueQuery query = new CatalogueQuery(q, null, theme, language, format, sdg, CatalogueSort.TITLE);
        if (academy != null && !academy.isBlank()) {
            Optional<AcademySummary> found = academies.findBySlug(academy.strip());
            if (found.isEmpty()) {
                return new CoursePage(List.of(), page, size, 0, 0);
            }
            query = query.inAcademy(found.get().id());
        }
        Page<CourseSummary> found = courses.catalogue(query, page, size);
        Locale locale = LocaleContextHolder.getLocale();
        return new CoursePage(found.getContent().stream().map(course -> item(course, locale)).toList(), page, size,
                found.getTotalElements(), found.getTotalPages());
    }

    @Schema(description = "An activity of a module, in order")
    record OutlineActivity(String id, int number, String kind, Text title,
            @Schema(description = "What completes it (VIEWED, QUIZ_PASSED, ASSIGNMENT_GRADED, ATTENDED...), or null "
                    + "when it does not count towards completion") String completion,
            @Schema(description = "Minutes a learner needs, or null") Integer estimatedMinutes) {
    }

    @Schema(description = "A numbered module of the course with its published activities")
    record OutlineModule(String id, int number, Text title, List<OutlineActivity> activities) {
    }

    @Schema(description = "An in-person or online session of a hybrid run")
    record SessionItem(Instant starts, Instant ends, @Schema(description = "IANA time zone of the session") String timeZone,
            String place, @Schema(description = "Video-conference link, given only to the run's learners") String link) {
    }

    @Schema(description = "A run of the course: self-paced (always open) or a scheduled cohort")
    record RunItem(String id, String kind, String language, String enrolmentPolicy,
            @Schema(description = "Seats, or null for no limit") Integer capacity,
            @Schema(description = "Seats left, or null for no limit") Integer seatsLeft, int waiting,
            Instant enrolmentOpens, Instant enrolmentCloses, Instant starts, Instant ends,
            @Schema(description = "IANA time zone of the run's dates") String timeZone, boolean enrolmentOpen,
            @Schema(description = "The caller's enrolment status in this run, or null") String myStatus,
            List<SessionItem> sessions) {
    }

    @Schema(description = "A course with its outline and its runs")
    record CourseDetail(CourseItem course, List<String> audiences, List<OutlineModule> modules, List<RunItem> runs) {
    }

    @GetMapping("/courses/{academySlug}/{course}")
    @Operation(summary = "One course with its outline and runs",
            description = "The course is named by its slug or its id. Drafts are found only by their authors; "
                    + "hidden activities are left out")
    @ApiResponse(responseCode = "200", description = "The course")
    @ApiResponse(responseCode = "404", description = "No such academy or course, or a draft the caller may not author",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    CourseDetail course(@Parameter(description = "Slug of the academy, e.g. nalas") @PathVariable String academySlug,
            @Parameter(description = "Slug or id of the course") @PathVariable String course) {
        AcademySummary academy = academies.get(academySlug);
        Optional<AccountId> viewer = CurrentAccount.optional();
        CourseView view = courseIn(academy, course, viewer);
        Locale locale = LocaleContextHolder.getLocale();
        List<OutlineModule> modules = view.modules().stream().map(module -> new OutlineModule(
                module.id().value().toString(), module.number(), Text.of(module.titleIn(locale)),
                module.activities().stream().filter(ActivitySummary::published).map(activity -> new OutlineActivity(
                        activity.id().value().toString(), activity.number(), activity.kind().name(),
                        Text.of(activity.titleIn(locale)),
                        activity.completionRule() == null ? null : activity.completionRule().name(),
                        activity.estimatedMinutes())).toList())).toList();
        List<RunItem> runItems = runs.runsOf(viewer, view.course().id()).stream().map(CourseApiController::run).toList();
        return new CourseDetail(item(view.course(), locale),
                view.course().audiences().stream().map(Enum::name).sorted().toList(), modules, runItems);
    }

    private CourseView courseIn(AcademySummary academy, String course, Optional<AccountId> viewer) {
        UUID id;
        try {
            id = UUID.fromString(course);
        } catch (IllegalArgumentException notAnId) {
            return courses.get(viewer, academy.id(), course);
        }
        CourseView view = courses.get(viewer, new CourseId(id));
        if (!view.course().academy().equals(academy.id())) {
            throw new NotFoundException("course");
        }
        return view;
    }

    private static RunItem run(RunView run) {
        boolean learns = run.viewerStatus() != null && run.viewerStatus().learns();
        return new RunItem(run.id().value().toString(), run.kind().name(), run.language(), run.policy().name(),
                run.capacity(), run.seatsLeft(), run.waiting(), run.enrolmentOpens(), run.enrolmentCloses(),
                run.starts(), run.ends(), run.zone() == null ? null : run.zone().getId(), run.enrolmentOpen(),
                run.viewerStatus() == null ? null : run.viewerStatus().name(),
                run.sessions().stream().map(session -> new SessionItem(session.starts(), session.ends(),
                        session.zone().getId(), session.place(), learns ? session.link() : null)).toList());
    }

    @GetMapping("/me/enrolments")
    @Operation(summary = "The signed-in learner's enrolments", description = "Withdrawn enrolments are left out")
    @ApiResponse(responseCode = "200", description = "The enrolments")
    @ApiResponse(responseCode = "403", description = "Not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    List<EnrolmentItem> myEnrolments() {
        Locale locale = LocaleContextHolder.getLocale();
        return enrolments.learningOf(signedIn()).stream().map(item -> new EnrolmentItem(
                item.enrolment().value().toString(), item.run().id().value().toString(), item.status().name(),
                item.run().language(), item(item.course(), locale))).toList();
    }

    @GetMapping("/me/progress")
    @Operation(summary = "The signed-in learner's progress in each course")
    @ApiResponse(responseCode = "200", description = "The progress")
    @ApiResponse(responseCode = "403", description = "Not signed in",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    List<ProgressItem> myProgress() {
        Locale locale = LocaleContextHolder.getLocale();
        return enrolments.learningOf(signedIn()).stream().map(item -> progress(item, locale)).toList();
    }

    @PostMapping("/runs/{runId}/enrolments")
    @Operation(summary = "Enrols the signed-in learner in a run",
            description = "With a session cookie, the CSRF token is required (X-XSRF-TOKEN header). A full run puts "
                    + "the learner on the waiting list (status WAITING)")
    @ApiResponse(responseCode = "201", description = "Enrolled, waiting or pending approval")
    @ApiResponse(responseCode = "403", description = "Not signed in, or no valid CSRF token",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such run",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Refused: enrolment is not open, or already enrolled; the "
            + "title is in the caller's language",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<EnrolmentOutcome> enrol(@PathVariable java.util.UUID runId) {
        CourseRunId run = new CourseRunId(runId);
        EnrolmentStatus status = enrolments.enrol(signedIn(), run);
        return ResponseEntity.created(URI.create("/api/v1/me/enrolments"))
                .body(new EnrolmentOutcome(runId.toString(), status.name()));
    }

    @ExceptionHandler(CourseRefusal.class)
    ResponseEntity<ProblemDetail> refused(CourseRefusal refusal) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
        problem.setTitle(messages.getMessage(refusal.code(), refusal.arguments(), refusal.code(),
                LocaleContextHolder.getLocale()));
        problem.setProperty("code", refusal.code());
        problem.setProperty("field", refusal.field());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static AccountId signedIn() {
        return CurrentAccount.optional().orElseThrow(() -> new AccessDeniedException("sign in"));
    }

    private static CourseItem item(CourseSummary course, Locale locale) {
        return new CourseItem(course.id().value().toString(), course.academySlug(), course.slug(),
                Text.of(course.titleIn(locale)), Text.of(course.summaryIn(locale)),
                course.themes().stream().map(Enum::name).sorted().toList(), course.languages(),
                course.format() == null ? null : course.format().name(),
                course.level() == null ? null : course.level().name(), course.durationHours(), course.sdgGoals(),
                course.path());
    }

    private static ProgressItem progress(LearningSummary item, Locale locale) {
        return new ProgressItem(item.enrolment().value().toString(), item.course().id().value().toString(),
                item.status().name(), item.completed(), item.required(), item.percent(),
                item.next() == null ? null : Text.of(item.next().titleIn(locale)));
    }
}
