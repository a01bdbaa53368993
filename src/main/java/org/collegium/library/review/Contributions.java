package org.collegium.library.review;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.collegium.identity.AccountId;
import org.collegium.identity.AccountSummary;
import org.collegium.identity.Accounts;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceView;
import org.collegium.library.resource.LibraryAccess;
import org.collegium.library.resource.Resources;
import org.collegium.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Peer analyses and comments on published resources. Any signed-in participant adds them; their authors edit them;
 * the library editors of the resource's network hide or show them again. Hidden ones are shown to editors only.
 */
@Service
@Transactional
public class Contributions {

    static final int TEXT_LENGTH = 5000;

    private final ContributionRepository contributions;
    private final Resources resources;
    private final LibraryAccess access;
    private final Accounts accounts;
    private final Clock clock;

    Contributions(ContributionRepository contributions, Resources resources, LibraryAccess access, Accounts accounts,
            Clock clock) {
        this.contributions = contributions;
        this.resources = resources;
        this.access = access;
        this.accounts = accounts;
        this.clock = clock;
    }

    public UUID analyse(AccountId author, ResourceId id, PeerAnalysis analysis) {
        published(signedIn(author), id);
        return contributions.save(Contribution.analysis(id, author, checked(analysis), clock.instant())).id();
    }

    public UUID comment(AccountId author, ResourceId id, String text) {
        published(signedIn(author), id);
        return contributions.save(Contribution.comment(id, author, checked(text), clock.instant())).id();
    }

    public void revise(AccountId author, UUID contributionId, PeerAnalysis analysis) {
        Contribution contribution = own(author, contributionId, ContributionKind.ANALYSIS);
        contribution.analyse(checked(analysis), clock.instant());
    }

    public void revise(AccountId author, UUID contributionId, String text) {
        Contribution contribution = own(author, contributionId, ContributionKind.COMMENT);
        contribution.rewrite(checked(text), clock.instant());
    }

    /** Hides a contribution from everyone but editors, or shows it again. */
    public ResourceId moderate(AccountId editor, UUID contributionId, boolean hide) {
        Contribution contribution = contributions.findById(contributionId)
                .orElseThrow(() -> new NotFoundException("contribution"));
        ResourceView resource = resources.read(signedIn(editor), contribution.resource());
        if (!access.isEditorOf(editor, resource.network())) {
            throw new AccessDeniedException("only the network's library editors moderate " + contributionId);
        }
        contribution.moderate(hide);
        return contribution.resource();
    }

    /** The contribution its author is editing. */
    @Transactional(readOnly = true)
    public ContributionView ownContribution(AccountId author, UUID contributionId) {
        Contribution contribution = contributions.findById(contributionId)
                .orElseThrow(() -> new NotFoundException("contribution"));
        return own(author, contributionId, contribution.kind()).view("", true, false);
    }

    /** The resource's contributions as the viewer may read them, the oldest first. */
    @Transactional(readOnly = true)
    public List<ContributionView> on(AccountId viewer, ResourceId id) {
        ResourceView resource = resources.read(viewer, id);
        boolean editor = access.isEditorOf(viewer, resource.network());
        List<Contribution> found = contributions.findByResourceOrderByCreatedAtAsc(id.value()).stream()
                .filter(contribution -> editor || !contribution.hidden()).toList();
        Map<AccountId, AccountSummary> authors = accounts.findAll(found.stream().map(Contribution::author).toList());
        return found.stream().map(contribution -> contribution.view(
                authors.containsKey(contribution.author()) ? authors.get(contribution.author()).displayName() : "",
                contribution.author().equals(viewer), editor)).toList();
    }

    private Contribution own(AccountId author, UUID contributionId, ContributionKind kind) {
        Contribution contribution = contributions.findById(contributionId)
                .filter(found -> found.kind() == kind)
                .orElseThrow(() -> new NotFoundException("contribution"));
        published(signedIn(author), contribution.resource());
        if (!contribution.author().equals(author)) {
            throw new AccessDeniedException("only its author edits contribution " + contributionId);
        }
        return contribution;
    }

    private ResourceView published(AccountId viewer, ResourceId id) {
        ResourceView resource = resources.read(viewer, id);
        if (!resource.status().isPublic()) {
            throw new LibraryRefusal(null, "editorial.refusal.notPublished");
        }
        return resource;
    }

    private static AccountId signedIn(AccountId account) {
        if (account == null) {
            throw new AccessDeniedException("sign in to contribute");
        }
        return account;
    }

    private static PeerAnalysis checked(PeerAnalysis analysis) {
        String strengths = text(analysis.strengths(), "strengths");
        String weaknesses = text(analysis.weaknesses(), "weaknesses");
        String recommendations = text(analysis.recommendations(), "recommendations");
        if (strengths == null && weaknesses == null && recommendations == null) {
            throw new LibraryRefusal("strengths", "editorial.refusal.analysis");
        }
        return new PeerAnalysis(strengths, weaknesses, recommendations);
    }

    private static String checked(String comment) {
        String text = text(comment, "body");
        if (text == null) {
            throw new LibraryRefusal("body", "editorial.refusal.comment");
        }
        return text;
    }

    private static String text(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > TEXT_LENGTH) {
            throw new LibraryRefusal(field, "editorial.refusal.tooLong", TEXT_LENGTH);
        }
        return text.strip();
    }
}
