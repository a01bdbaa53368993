package org.collegium.academy.enrolment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.ActivityKind;
import org.collegium.academy.ActivitySummary;
import org.collegium.academy.CourseAccess;
import org.collegium.academy.CourseRefusal;
import org.collegium.academy.CourseRunId;
import org.collegium.academy.CourseRuns;
import org.collegium.academy.CourseView;
import org.collegium.academy.Courses;
import org.collegium.academy.EnrolmentId;
import org.collegium.academy.EnrolmentPolicy;
import org.collegium.academy.EnrolmentSummary;
import org.collegium.academy.Enrolments;
import org.collegium.academy.LiveSessionId;
import org.collegium.academy.LiveSessionView;
import org.collegium.academy.RunKind;
import org.collegium.academy.RunView;
import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.identity.Role;
import org.collegium.identity.Roles;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.time.TimeZones;
import org.collegium.shared.time.Times;
import org.collegium.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Scheduling runs (authors) and running them (facilitators): the roster with approvals, invitations, sessions and
 * attendance. The address names the academy, course and run; each handler checks the viewer against them.
 */
@Controller
class RunManagementController {

    private final Academies academies;
    private final Courses courses;
    private final CourseRuns runs;
    private final Enrolments enrolments;
    private final CourseAccess access;
    private final Roles roles;
    private final Accounts accounts;
    private final Times times;

    RunManagementController(Academies academies, Courses courses, CourseRuns runs, Enrolments enrolments,
            CourseAccess access, Roles roles, Accounts accounts, Times times) {
        this.academies = academies;
        this.courses = courses;
        this.runs = runs;
        this.enrolments = enrolments;
        this.access = access;
        this.roles = roles;
        this.accounts = accounts;
        this.times = times;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", RunKind.values());
        model.addAttribute("policies", EnrolmentPolicy.values());
        model.addAttribute("zones", TimeZones.ALL);
        model.addAttribute("contentLanguages", ContentLanguages.CODES.stream()
                .map(code -> new Language(code, ContentLanguages.nativeName(code))).toList());
    }

    @GetMapping("/academies/{slug}/manage/courses/{course}/runs/new")
    String newRun(@PathVariable String slug, @PathVariable String course, Model model) {
        Context context = authored(slug, course);
        model.addAttribute("form", RunForm.empty(context.view.course().originalLanguage(), times.viewerZone().getId()));
        return runForm(context, model);
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/runs/new")
    String schedule(@PathVariable String slug, @PathVariable String course, @Valid @ModelAttribute("form") RunForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Context context = authored(slug, course);
        if (!result.hasErrors()) {
            try {
                CourseRunId run = runs.schedule(context.actor, context.view.course().id(), form.toPlan());
                Flash.success(redirect, "enrolment.run.scheduled");
                return "redirect:" + context.base() + "/runs/" + run.value();
            } catch (CourseRefusal refusal) {
                Viewing.bind(refusal, result);
            }
        }
        return runForm(context, model);
    }

    @GetMapping("/academies/{slug}/manage/courses/{course}/runs/{run}")
    String run(@PathVariable String slug, @PathVariable String course, @PathVariable String run, Model model) {
        Context context = facilitated(slug, course, run);
        model.addAttribute("invitation", "");
        model.addAttribute("sessionForm", SessionForm.empty(context.run.zone().getId()));
        return runPage(context, model);
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/runs/{run}/enrolments/{enrolment}/approve")
    String approve(@PathVariable String slug, @PathVariable String course, @PathVariable String run,
            @PathVariable String enrolment, RedirectAttributes redirect) {
        Context context = facilitated(slug, course, run);
        EnrolmentId id = context.enrolment(enrolments.roster(context.actor, context.run.id()), enrolment);
        return act(context, redirect, "enrolment.approved", () -> enrolments.approve(context.actor, id));
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/runs/{run}/enrolments/{enrolment}/decline")
    String decline(@PathVariable String slug, @PathVariable String course, @PathVariable String run,
            @PathVariable String enrolment, RedirectAttributes redirect) {
        Context context = facilitated(slug, course, run);
        EnrolmentId id = context.enrolment(enrolments.roster(context.actor, context.run.id()), enrolment);
        return act(context, redirect, "enrolment.declined", () -> enrolments.decline(context.actor, id));
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/runs/{run}/invitations")
    String invite(@PathVariable String slug, @PathVariable String course, @PathVariable String run,
            @RequestParam(name = "email", required = false) String email, Model model, RedirectAttributes redirect) {
        Context context = facilitated(slug, course, run);
        try {
            enrolments.invite(context.actor, context.run.id(), email);
        } catch (CourseRefusal refusal) {
            model.addAttribute("invitation", email == null ? "" : email);
            model.addAttribute("invitationProblem", refusal);
            model.addAttribute("sessionForm", SessionForm.empty(context.run.zone().getId()));
            return runPage(context, model);
        }
        Flash.success(redirect, "enrolment.invited", email.strip());
        return "redirect:" + context.runPath();
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/runs/{run}/sessions")
    String addSession(@PathVariable String slug, @PathVariable String course, @PathVariable String run,
            @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Context context = facilitated(slug, course, run);
        if (!result.hasErrors()) {
            try {
                runs.addSession(context.actor, context.run.id(), form.toPlan());
                Flash.success(redirect, "enrolment.session.added");
                return "redirect:" + context.runPath();
            } catch (CourseRefusal refusal) {
                Viewing.bind(refusal, result);
            }
        }
        model.addAttribute("invitation", "");
        return runPage(context, model);
    }

    @GetMapping("/academies/{slug}/manage/courses/{course}/runs/{run}/sessions/{session}")
    String attendance(@PathVariable String slug, @PathVariable String course, @PathVariable String run,
            @PathVariable String session, Model model) {
        Context context = facilitated(slug, course, run);
        LiveSessionView found = context.session(session);
        model.addAttribute("basePath", context.base());
        model.addAttribute("runPath", context.runPath());
        model.addAttribute("academy", context.academy);
        model.addAttribute("course", context.view.course());
        model.addAttribute("run", context.run);
        model.addAttribute("liveSession", found);
        model.addAttribute("learners", enrolments.roster(context.actor, context.run.id()).stream()
                .filter(row -> row.status().learns()).toList());
        model.addAttribute("presence", runs.attendance(context.actor, found.id()));
        return "academy/enrolment/attendance";
    }

    @PostMapping("/academies/{slug}/manage/courses/{course}/runs/{run}/sessions/{session}")
    String recordAttendance(@PathVariable String slug, @PathVariable String course, @PathVariable String run,
            @PathVariable String session, @RequestParam Map<String, String> parameters, RedirectAttributes redirect) {
        Context context = facilitated(slug, course, run);
        LiveSessionView found = context.session(session);
        Map<EnrolmentId, Boolean> presence = new HashMap<>();
        for (EnrolmentSummary row : enrolments.roster(context.actor, context.run.id())) {
            String value = parameters.get("presence-" + row.id().value());
            if ("present".equals(value) || "absent".equals(value)) {
                presence.put(row.id(), "present".equals(value));
            }
        }
        return act(context, redirect, "enrolment.attendance.saved",
                () -> runs.recordAttendance(context.actor, found.id(), presence));
    }

    private String act(Context context, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, success);
        } catch (CourseRefusal refusal) {
            Flash.error(redirect, refusal.code(), refusal.arguments());
        }
        return "redirect:" + context.runPath();
    }

    private String runForm(Context context, Model model) {
        List<AccountId> holders = roles.holders(Role.FACILITATOR, context.academy.id().value());
        model.addAttribute("academy", context.academy);
        model.addAttribute("course", context.view.course());
        model.addAttribute("facilitatorChoices", accounts.findAll(holders).values().stream()
                .sorted(java.util.Comparator.comparing(AccountSummary::displayName)).toList());
        return "academy/enrolment/run-form";
    }

    private String runPage(Context context, Model model) {
        List<EnrolmentSummary> roster = enrolments.roster(context.actor, context.run.id());
        Map<AccountId, AccountSummary> people = accounts.findAll(context.run.facilitators());
        model.addAttribute("basePath", context.base());
        model.addAttribute("runPath", context.runPath());
        model.addAttribute("academy", context.academy);
        model.addAttribute("course", context.view.course());
        model.addAttribute("run", context.run);
        model.addAttribute("roster", roster);
        model.addAttribute("facilitators", context.run.facilitators().stream().map(people::get)
                .filter(java.util.Objects::nonNull).toList());
        model.addAttribute("liveActivities", context.view.activities()
                .filter(activity -> activity.kind() == ActivityKind.LIVE_SESSION).toList());
        return "academy/enrolment/run";
    }

    private Context authored(String slug, String course) {
        AcademySummary academy = academies.get(slug);
        AccountId actor = Viewing.required();
        CourseView view = courses.get(Optional.of(actor), academy.id(), course);
        if (!view.authoring()) {
            throw new AccessDeniedException("may not schedule runs of " + course);
        }
        return new Context(academy, actor, view, null);
    }

    private Context facilitated(String slug, String course, String run) {
        AcademySummary academy = academies.get(slug);
        AccountId actor = Viewing.required();
        CourseRunId id = new CourseRunId(Ids.uuid(run));
        if (!access.mayFacilitate(actor, id)) {
            CourseView view = courses.get(Optional.of(actor), academy.id(), course);
            if (!view.authoring()) {
                throw new AccessDeniedException("may not facilitate run " + run);
            }
        }
        CourseView view = courses.get(Optional.of(actor), academy.id(), course);
        RunView found = runs.get(Optional.of(actor), id);
        if (!found.course().equals(view.course().id())) {
            throw new NotFoundException("run");
        }
        return new Context(academy, actor, view, found);
    }

    record Language(String code, String name) {
    }

    record Context(AcademySummary academy, AccountId actor, CourseView view, RunView run) {

        String base() {
            return "/academies/" + academy.slug() + "/manage/courses/" + view.course().slug();
        }

        String runPath() {
            return base() + "/runs/" + run.id().value();
        }

        EnrolmentId enrolment(List<EnrolmentSummary> roster, String value) {
            UUID id = Ids.uuid(value);
            return roster.stream().map(EnrolmentSummary::id).filter(candidate -> candidate.value().equals(id))
                    .findFirst().orElseThrow(() -> new NotFoundException("enrolment"));
        }

        LiveSessionView session(String value) {
            LiveSessionId id = new LiveSessionId(Ids.uuid(value));
            return run.sessions().stream().filter(session -> session.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("session"));
        }

    }
}
