package org.collegium.academy.discussion.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.collegium.academy.Academies;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.DiscussionPostId;
import org.collegium.academy.DiscussionRefusal;
import org.collegium.academy.DiscussionThreadId;
import org.collegium.academy.Discussions;
import org.collegium.academy.PostView;
import org.collegium.academy.ThreadView;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.shared.NotFoundException;
import org.collegium.shared.Viewers;
import org.collegium.shared.web.Flash;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The author changes their own post within the edit window; no one changes another's.
 */
@Controller
@RequestMapping("/academies/{slug}/courses/{courseId}/discussions/{threadId}/posts/{postId}/edit")
class PostEditController {

    private final Academies academies;
    private final Discussions discussions;

    PostEditController(Academies academies, Discussions discussions) {
        this.academies = academies;
        this.discussions = discussions;
    }

    @GetMapping
    String form(@PathVariable String slug, @PathVariable UUID courseId, @PathVariable UUID threadId,
            @PathVariable UUID postId, Model model) {
        AccountId viewer = viewer();
        AcademySummary academy = academies.get(slug);
        ThreadView view = thread(viewer, academy, courseId, threadId);
        PostView post = postOf(view, postId);
        if (!post.editable()) {
            throw new AccessDeniedException("post not editable by this account");
        }
        model.addAttribute("form", new EditForm(post.html()));
        return page(academy, view, post, model);
    }

    @PostMapping
    String save(@PathVariable String slug, @PathVariable UUID courseId, @PathVariable UUID threadId,
            @PathVariable UUID postId, @Valid @ModelAttribute("form") EditForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        AccountId viewer = viewer();
        AcademySummary academy = academies.get(slug);
        ThreadView view = thread(viewer, academy, courseId, threadId);
        PostView post = postOf(view, postId);
        String threadLink = DiscussionController.forumLink(academy, view.forum()) + "/" + threadId;
        if (!result.hasErrors()) {
            try {
                discussions.edit(viewer, post.id(), form.body());
                Flash.success(redirect, "discussion.edit.saved");
                return "redirect:" + threadLink + "#post-" + postId;
            } catch (DiscussionRefusal refusal) {
                DiscussionRefusals.bind(refusal, result);
            }
        }
        return page(academy, view, post, model);
    }

    private String page(AcademySummary academy, ThreadView view, PostView post, Model model) {
        model.addAttribute("academy", academy);
        model.addAttribute("view", view);
        model.addAttribute("post", post);
        model.addAttribute("threadLink",
                DiscussionController.forumLink(academy, view.forum()) + "/" + view.thread().id().value());
        return "academy/discussion/edit";
    }

    private ThreadView thread(AccountId viewer, AcademySummary academy, UUID courseId, UUID threadId) {
        ThreadView view = discussions.thread(viewer, new DiscussionThreadId(threadId));
        if (!view.forum().academy().equals(academy.id()) || !view.forum().course().value().equals(courseId)) {
            throw new NotFoundException("thread");
        }
        return view;
    }

    private static PostView postOf(ThreadView view, UUID postId) {
        DiscussionPostId id = new DiscussionPostId(postId);
        return view.posts().stream().filter(post -> post.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("post"));
    }

    private static AccountId viewer() {
        return Viewers.current().flatMap(Accounts::idOf)
                .orElseThrow(() -> new AccessDeniedException("sign-in required"));
    }
}
