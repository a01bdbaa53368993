package org.collegium.library.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.collegium.library.Creator;
import org.collegium.library.ResourceView;
import org.collegium.library.Sdgs;

/**
 * What a citation says about a resource, whatever its format: the title and abstract in the resource's original
 * language, the creators, the keywords (themes, SDGs, Sendai Framework), the permanent address.
 */
record CitationText(ResourceView resource, String title, String summary, String titleLanguage, List<Creator> creators,
        List<String> keywords, String address) {

    static CitationText of(ResourceView resource, List<String> themeLabels, String address) {
        Locale original = Locale.forLanguageTag(resource.originalLanguage());
        List<String> keywords = new ArrayList<>(themeLabels);
        resource.sdgGoals().stream().sorted().forEach(goal -> keywords.add("SDG " + goal));
        resource.sdgTargets().stream().filter(Sdgs::isTarget).sorted().forEach(target -> keywords.add("SDG target " + target));
        resource.sendaiPriorities().stream().sorted().forEach(priority -> keywords.add("Sendai Framework priority " + priority));
        resource.sendaiTargets().stream().sorted().forEach(target -> keywords.add("Sendai Framework target " + target));
        var title = resource.title().in(original);
        return new CitationText(resource, title.text(), resource.summary().in(original).text(), title.language(),
                resource.creators(), keywords, address);
    }
}
