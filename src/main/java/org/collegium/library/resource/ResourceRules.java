package org.collegium.library.resource;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.collegium.library.Creator;
import org.collegium.library.LanguageVersion;
import org.collegium.library.Licence;
import org.collegium.library.LibraryRefusal;
import org.collegium.library.ResourceDraft;
import org.collegium.library.ResourceLink;
import org.collegium.library.Sdgs;
import org.collegium.library.Sendai;
import org.collegium.network.Countries;
import org.collegium.shared.i18n.ContentLanguages;

/**
 * The rules a resource's description must follow before it is written. Each refusal names the field and a message
 * key of the {@code library} bundle.
 */
final class ResourceRules {

    static final int TITLE_LENGTH = 500;
    static final int TEXT_LENGTH = 20_000;
    static final int NAME_LENGTH = 300;
    static final int MAX_CREATORS = 50;
    static final int MAX_LINKS = 50;

    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ResourceRules() {
    }

    static void check(ResourceDraft draft, LocalDate today) {
        require(draft.kind() != null, "kind", "library.refusal.kind");
        require(draft.network() != null, "network", "library.refusal.network");
        checkTexts(draft);
        checkCreators(draft);
        require(filled(draft.publisher()) && draft.publisher().strip().length() <= NAME_LENGTH, "publisher",
                "library.refusal.publisher");
        require(draft.issued() != null && !draft.issued().isAfter(today), "issued", "library.refusal.issued");
        require(!draft.languages().isEmpty() && draft.languages().stream().allMatch(ContentLanguages::isKnown),
                "languages", "library.refusal.languages");
        require(draft.countries().stream().allMatch(Countries::isKnown), "countries", "library.refusal.countries");
        require(draft.sdgGoals().stream().allMatch(Sdgs::isGoal), "sdgGoals", "library.refusal.sdgGoals");
        require(draft.sdgTargets().stream().allMatch(Sdgs::isTarget), "sdgTargets", "library.refusal.sdgTargets");
        require(draft.sendaiPriorities().stream().allMatch(Sendai::isPriority), "sendaiPriorities",
                "library.refusal.sendaiPriorities");
        require(draft.sendaiTargets().stream().allMatch(Sendai::isTarget), "sendaiTargets",
                "library.refusal.sendaiTargets");
        require(draft.licence() != null, "licence", "library.refusal.licence");
        require(draft.licence() != Licence.OTHER || filled(draft.licenceNote()), "licenceNote",
                "library.refusal.licenceNote");
        require(draft.licenceNote() == null || draft.licenceNote().length() <= TITLE_LENGTH, "licenceNote",
                "library.refusal.licenceNote");
        checkLinks(draft);
        require(draft.contact() == null || !filled(draft.contact().email())
                || ADDRESS.matcher(draft.contact().email().strip()).matches(), "contact.email",
                "library.refusal.contactEmail");
    }

    private static void checkTexts(ResourceDraft draft) {
        require(ContentLanguages.isKnown(draft.originalLanguage()), "originalLanguage",
                "library.refusal.originalLanguage");
        LanguageVersion original = draft.texts().get(draft.originalLanguage());
        require(original != null && filled(original.title()), "title", "library.refusal.title");
        for (Map.Entry<String, LanguageVersion> text : draft.texts().entrySet()) {
            LanguageVersion version = text.getValue();
            require(ContentLanguages.isKnown(text.getKey()), "texts", "library.refusal.textLanguage");
            require(filled(version.title()) && version.title().strip().length() <= TITLE_LENGTH, "title",
                    "library.refusal.title");
            require(version.summary() == null || version.summary().length() <= TEXT_LENGTH, "summary",
                    "library.refusal.tooLong", TEXT_LENGTH);
            version.sections().values().forEach(body -> require(body == null || body.length() <= TEXT_LENGTH,
                    "sections", "library.refusal.tooLong", TEXT_LENGTH));
        }
    }

    private static void checkCreators(ResourceDraft draft) {
        require(!draft.creators().isEmpty() && draft.creators().size() <= MAX_CREATORS, "creators",
                "library.refusal.creators");
        for (Creator creator : draft.creators()) {
            require(creator.kind() != null && filled(creator.name()) && creator.name().strip().length() <= NAME_LENGTH,
                    "creators", "library.refusal.creators");
        }
    }

    private static void checkLinks(ResourceDraft draft) {
        require(draft.links().size() <= MAX_LINKS, "links", "library.refusal.links");
        for (ResourceLink link : draft.links()) {
            require(link.kind() != null && filled(link.target()) && link.target().length() <= TITLE_LENGTH
                    && filled(link.label()) && link.label().length() <= NAME_LENGTH
                    && targetFits(link), "links", "library.refusal.links");
        }
    }

    private static boolean targetFits(ResourceLink link) {
        String target = link.target().strip();
        return switch (link.kind()) {
            case WEB -> isWebAddress(target);
            case RESOURCE -> isUuid(target);
            case COURSE, EXCHANGE -> target.startsWith("/") && !target.startsWith("//") || isWebAddress(target);
        };
    }

    private static boolean isWebAddress(String target) {
        try {
            URI address = new URI(target);
            return ("https".equals(address.getScheme()) || "http".equals(address.getScheme()))
                    && address.getHost() != null;
        } catch (java.net.URISyntaxException malformed) {
            return false;
        }
    }

    private static boolean isUuid(String target) {
        try {
            UUID.fromString(target);
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    private static void require(boolean condition, String field, String code, Object... arguments) {
        if (!condition) {
            throw new LibraryRefusal(field, code, arguments);
        }
    }
}
