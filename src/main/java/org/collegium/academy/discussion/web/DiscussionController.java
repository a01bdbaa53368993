package org.collegium.academy.discussion.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CourseId;
import org.collegium.academy.CourseModuleId;
import org.collegium.academy.DiscussionPostId;
import org.collegium.academy.DiscussionRefusal;
import org.collegium.academy.DiscussionThreadId;
import org.collegium.academy.Discussions;
import org.collegium.academy.ForumSummary;
import org.collegium.academy.NewReply;
import org.collegium.academy.NewThread;
import org.collegium.academy.NotificationPreference;
import org.collegium.academy.ThreadKind;
import org.collegium.academy.ThreadView;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.Viewers;
import org.collegium.shared.web.Flash;
import org.collegium.shared.web.Htmx;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A course's forum page, its threads, replies (htmx appends the new post; without JavaScript, post-redirect-get)
 * and the notification preference. The forum is opened on the first visit of one of its staff or learners.
 */
@Controller
@RequestMapping("/academies/{slug}/courses/{courseId}/discussions")
class DiscussionController {

    private final Academies academies;
    private final Discussions discussions;

    DiscussionController(Academies academies, Discussions discussions) {
        this.academies = academies;
        this.discussions = discussions;
    }

    @GetMapping
    String forum(@PathVariable String slug, @PathVariable UUID courseId,
            @RequestParam(name = "module", required = false) UUID module,
            @RequestParam(name = "page", defaultValue = "0") int page, Model model) {
        AccountId viewer = viewer();
        AcademySummary academy = academies.get(slug);
        ForumSummary forum = forumOrOpen(viewer, academy, new CourseId(courseId), module);
        model.addAttribute("academy", academy);
        model.addAttribute("forum", forum);
        model.addAttribute("threads", discussions.threads(viewer, forum.id(), page));
        model.addAttribute("forumLink", forumLink(academy, forum));
        model.addAttribute("moduleQuery", module == null ? "" : "?module=" + module);
        model.addAttribute("pageLink", forumLink(academy, forum) + (module == null ? "?" : "?module=" + module + "&"));
        model.addAttribute("preference", discussions.preference(viewer, forum.course()));
        model.addAttribute("preferences", NotificationPreference.values());
        return "academy/discussion/forum";
    }

    @PostMapping("/preference")
    String choosePreference(@PathVariable String slug, @PathVariable UUID courseId,
            @RequestParam(name = "module", required = false) UUID module,
            @RequestParam("preference") NotificationPreference preference, RedirectAttributes redirect) {
        AccountId viewer = viewer();
        AcademySummary academy = academies.get(slug);
        ForumSummary forum = existing(viewer, academy, new CourseId(courseId), module);
        participant(viewer, forum);
        discussions.choosePreference(viewer, forum.course(), preference);
        Flash.success(redirect, "discussion.preference.saved");
        return "redirect:" + forumLink(academy, forum) + (module == null ? "" : "?module=" + module);
    }

    @GetMapping("/new")
    String newThread(@PathVariable String slug, @PathVariable UUID courseId,
            @RequestParam(name = "module", required = false) UUID module, Model model) {
        AccountId viewer = viewer();
        AcademySummary academy = academies.get(slug);
        ForumSummary forum = forumOrOpen(viewer, academy, new CourseId(courseId), module);
        participant(viewer, forum);
        model.addAttribute("form", ThreadForm.empty());
        return newThreadPage(academy, forum, model);
    }

    @PostMapping("/new")
    String startThread(@PathVariable String slug, @PathVariable UUID courseId,
            @RequestParam(name = "module", required = false) UUID module,
            @Valid @ModelAttribute("form") ThreadForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        AccountId viewer = viewer();
        AcademySummary academy = academies.get(slug);
        ForumSummary forum = existing(viewer, academy, new CourseId(courseId), module);
        participant(viewer, forum);
        if (!result.hasErrors()) {
            try {
                DiscussionThreadId thread = discussions.startThread(viewer, forum.id(), new NewThread(form.title(),
                        form.body(), form.announces() ? ThreadKind.ANNOUNCEMENT : ThreadKind.DISCUSSION));
                Flash.success(redirect, "discussion.thread.started");
                return "redirect:" + forumLink(academy, forum) + "/" + thread.value();
            } catch (DiscussionRefusal refusal) {
                DiscussionRefusals.bind(refusal, result);
            }
        }
        return newThreadPage(academy, forum, model);
    }

    @GetMapping("/{threadId}")
    String thread(@PathVariable String slug, @PathVariable UUID courseId, @PathVariable UUID threadId,
            @RequestParam(name = "quote", required = false) UUID quote, Model model) {
        AccountId viewer = viewer();
        AcademySummary academy = academies.get(slug);
        ThreadView view = thread(viewer, academy, new CourseId(courseId), threadId);
        boolean quotable = quote != null && view.posts().stream().anyMatch(post -> post.id().value().equals(quote));
        model.addAttribute("form", new ReplyForm("", quotable ? quote : null));
        return threadPage(academy, view, model);
    }

    @PostMapping("/{threadId}/replies")
    String reply(@PathVariable String slug, @PathVariable UUID courseId, @PathVariable UUID threadId,
            @Valid @ModelAttribute("form") ReplyForm form, BindingResult result, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        AccountId viewer = viewer();
        AcademySummary academy = academies.get(slug);
        ThreadView view = thread(viewer, academy, new CourseId(courseId), threadId);
        if (!result.hasErrors()) {
            try {
                DiscussionPostId post = discussions.reply(viewer, view.thread().id(), new NewReply(form.body(),
                        form.quoting() == null ? null : new DiscussionPostId(form.quoting())));
                if (Htmx.isHtmx(request)) {
                    model.addAttribute("academy", academy);
                    model.addAttribute("view", view);
                    model.addAttribute("threadLink", threadLink(academy, view));
                    model.addAttribute("post", discussions.post(viewer, post));
                    model.addAttribute("form", ReplyForm.empty());
                    return "academy/discussion/reply-added :: added";
                }
                Flash.success(redirect, "discussion.reply.added");
                return "redirect:" + threadLink(academy, view) + "#post-" + post.value();
            } catch (DiscussionRefusal refusal) {
                DiscussionRefusals.bind(refusal, result);
            }
        }
        if (Htmx.isHtmx(request)) {
            response.setHeader("HX-Retarget", "#reply-form");
            response.setHeader("HX-Reswap", "outerHTML");
            model.addAttribute("academy", academy);
            model.addAttribute("view", view);
            model.addAttribute("threadLink", threadLink(academy, view));
            return "academy/discussion/thread :: reply-form";
        }
        return threadPage(academy, thread(viewer, academy, new CourseId(courseId), threadId), model);
    }

    @PostMapping("/{threadId}/moderation")
    String moderate(@PathVariable String slug, @PathVariable UUID courseId, @PathVariable UUID threadId,
            @RequestParam("action") String action, @RequestParam(name = "post", required = false) UUID post,
            RedirectAttributes redirect) {
        AccountId viewer = viewer();
        AcademySummary academy = academies.get(slug);
        ThreadView view = thread(viewer, academy, new CourseId(courseId), threadId);
        DiscussionThreadId thread = view.thread().id();
        switch (action) {
            case "hide" -> discussions.hide(viewer, postOf(view, post));
            case "unhide" -> discussions.unhide(viewer, postOf(view, post));
            case "lock" -> discussions.lock(viewer, thread);
            case "unlock" -> discussions.unlock(viewer, thread);
            case "pin" -> discussions.pin(viewer, thread);
            case "unpin" -> discussions.unpin(viewer, thread);
            default -> throw new NotFoundException("moderation action");
        }
        Flash.success(redirect, "discussion.moderation.done." + action);
        return "redirect:" + threadLink(academy, view) + (post == null ? "" : "#post-" + post);
    }

    private static DiscussionPostId postOf(ThreadView view, UUID post) {
        return view.posts().stream().map(found -> found.id()).filter(id -> id.value().equals(post)).findFirst()
                .orElseThrow(() -> new NotFoundException("post"));
    }

    /** The thread, if it belongs to the course and academy the address names; participants only. */
    private ThreadView thread(AccountId viewer, AcademySummary academy, CourseId course, UUID threadId) {
        ThreadView view = discussions.thread(viewer, new DiscussionThreadId(threadId));
        if (!view.forum().academy().equals(academy.id()) || !view.forum().course().equals(course)) {
            throw new NotFoundException("thread");
        }
        return view;
    }

    private ForumSummary forumOrOpen(AccountId viewer, AcademySummary academy, CourseId course, UUID module) {
        CourseModuleId moduleId = module == null ? null : new CourseModuleId(module);
        Optional<ForumSummary> found = discussions.findForum(Optional.of(viewer), academy.id(), course, moduleId);
        if (found.isPresent()) {
            return found.get();
        }
        try {
            discussions.openForum(viewer, academy.id(), course, moduleId);
        } catch (AccessDeniedException notParticipant) {
            throw new NotFoundException("forum");
        }
        return existing(viewer, academy, course, module);
    }

    private ForumSummary existing(AccountId viewer, AcademySummary academy, CourseId course, UUID module) {
        return discussions.findForum(Optional.of(viewer), academy.id(), course,
                module == null ? null : new CourseModuleId(module)).orElseThrow(() -> new NotFoundException("forum"));
    }

    private void participant(AccountId viewer, ForumSummary forum) {
        if (!discussions.mayParticipate(viewer, forum.id())) {
            throw new AccessDeniedException("not a participant");
        }
    }

    private String newThreadPage(AcademySummary academy, ForumSummary forum, Model model) {
        model.addAttribute("academy", academy);
        model.addAttribute("forum", forum);
        model.addAttribute("forumLink", forumLink(academy, forum));
        model.addAttribute("moduleQuery", forum.module() == null ? "" : "?module=" + forum.module().value());
        return "academy/discussion/new-thread";
    }

    private String threadPage(AcademySummary academy, ThreadView view, Model model) {
        model.addAttribute("academy", academy);
        model.addAttribute("view", view);
        model.addAttribute("forumLink", forumLink(academy, view.forum())
                + (view.forum().module() == null ? "" : "?module=" + view.forum().module().value()));
        model.addAttribute("threadLink", threadLink(academy, view));
        return "academy/discussion/thread";
    }

    static String forumLink(AcademySummary academy, ForumSummary forum) {
        return "/academies/" + academy.slug() + "/courses/" + forum.course().value() + "/discussions";
    }

    private static String threadLink(AcademySummary academy, ThreadView view) {
        return forumLink(academy, view.forum()) + "/" + view.thread().id().value();
    }

    private static AccountId viewer() {
        return Viewers.current().flatMap(Accounts::idOf)
                .orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
