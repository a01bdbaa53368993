package org.collegium.library.oai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.collegium.library.Licence;
import org.collegium.library.ResourceFileView;
import org.collegium.library.ResourceLink;
import org.collegium.library.ResourceView;
import org.collegium.library.Sdgs;
import org.collegium.network.Countries;
import org.collegium.shared.i18n.TranslatedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A resource on simple Dublin Core (the fifteen elements of {@code oai_dc}): texts in every language they are written
 * in, with their language; subjects from the themes, the SDGs and the Sendai Framework; the permanent address as
 * identifier. Vocabulary labels are in English, the language of the repository's metadata.
 */
@Component
public class DublinCore {

    /** One element: its name, its value, and the language of the value when it is text people wrote. */
    public record Element(String name, String value, String language) {
    }

    private final MessageSource messages;
    private final String baseUrl;

    DublinCore(MessageSource messages, @Value("${collegium.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    public String permanentAddress(ResourceView resource) {
        return baseUrl + "/library/resources/" + resource.id();
    }

    public List<Element> describe(ResourceView resource) {
        List<Element> elements = new ArrayList<>();
        texts(elements, "title", resource.title());
        resource.creators().forEach(creator -> elements.add(plain("creator", creator.name())));
        resource.themes().stream().map(theme -> english("identity.expertise." + theme.name())).sorted()
                .forEach(theme -> elements.add(plain("subject", theme)));
        resource.sdgGoals().stream().sorted().forEach(goal -> elements.add(plain("subject", "SDG " + goal)));
        resource.sdgTargets().stream().sorted(Comparator.comparing(DublinCore::targetOrder))
                .forEach(target -> elements.add(plain("subject", "SDG target " + target)));
        resource.sendaiPriorities().stream().sorted()
                .forEach(priority -> elements.add(plain("subject", "Sendai Framework priority " + priority)));
        resource.sendaiTargets().stream().sorted()
                .forEach(target -> elements.add(plain("subject", "Sendai Framework target " + target)));
        texts(elements, "description", resource.summary());
        elements.add(plain("publisher", resource.publisher()));
        elements.add(plain("date", resource.issued().toString()));
        elements.add(plain("type", resource.kind().dublinCoreType()));
        elements.add(plain("type", english("library.kind." + resource.kind().name())));
        resource.files().stream().map(ResourceFileView::mediaType).distinct().sorted()
                .forEach(type -> elements.add(plain("format", type)));
        elements.add(plain("identifier", permanentAddress(resource)));
        resource.languages().stream().sorted().forEach(language -> elements.add(plain("language", language)));
        Countries.named(resource.countries(), Locale.ENGLISH)
                .forEach(country -> elements.add(plain("coverage", country.name())));
        resource.regions().stream().sorted().forEach(region -> elements.add(plain("coverage",
                english("library.region." + region.name()))));
        rights(elements, resource);
        resource.links().forEach(link -> elements.add(plain("relation", address(link))));
        return elements;
    }

    /** Where a link leads, as an absolute address. */
    public String address(ResourceLink link) {
        String target = link.target();
        if (link.kind() == ResourceLink.Kind.RESOURCE) {
            return baseUrl + "/library/resources/" + target;
        }
        return target.startsWith("/") ? baseUrl + target : target;
    }

    private void rights(List<Element> elements, ResourceView resource) {
        if (resource.licence() != Licence.OTHER) {
            elements.add(plain("rights", resource.licence().address()));
            elements.add(plain("rights", resource.licence().shortName()));
        }
        if (resource.licenceNote() != null) {
            elements.add(plain("rights", resource.licenceNote()));
        }
    }

    /** Every readable language of a text, its original language first. */
    static void texts(List<Element> elements, String name, TranslatedText text) {
        text.readableLanguages().stream()
                .sorted(Comparator.comparing((String language) -> !language.equals(text.originalLanguage()))
                        .thenComparing(Comparator.naturalOrder()))
                .forEach(language -> elements.add(new Element(name, text.readable(language).orElseThrow(), language)));
    }

    private static Element plain(String name, String value) {
        return new Element(name, value, null);
    }

    private static String targetOrder(String target) {
        int goal = Sdgs.goalOf(target).orElse(0);
        String part = target.substring(target.indexOf('.') + 1);
        return "%02d.%3s".formatted(goal, part);
    }

    private String english(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
