package org.collegium.library.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.collegium.library.Creator;
import org.collegium.library.Licence;
import org.collegium.library.ResourceKind;
import org.collegium.library.ResourceView;
import org.collegium.library.oai.DublinCore;
import org.collegium.network.Countries;
import org.collegium.network.OrganisationId;
import org.collegium.shared.i18n.LocalizedText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * A resource described with schema.org, as JSON-LD for the {@code <script type="application/ld+json">} of its page:
 * the type follows the kind; texts are in the resource's original language; SDG goals and targets and the Sendai
 * Framework are defined terms. The JSON is safe inside a script element: no {@code <}, {@code >} or {@code &} is
 * left as such.
 */
@Component
class ResourceJsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SDGS = "https://sdgs.un.org/goals";
    private static final String SENDAI = "https://www.undrr.org/publication/sendai-framework-disaster-risk-reduction-2015-2030";

    private final DublinCore dublinCore;
    private final MessageSource messages;
    private final String baseUrl;

    ResourceJsonLd(DublinCore dublinCore, MessageSource messages, @Value("${collegium.base-url}") String baseUrl) {
        this.dublinCore = dublinCore;
        this.messages = messages;
        this.baseUrl = baseUrl;
    }

    static String schemaType(ResourceKind kind) {
        return switch (kind) {
            case GOOD_PRACTICE -> "CreativeWork";
            case CASE_STUDY, REPORT -> "Report";
            case GUIDE -> "HowTo";
            case POLICY_DOCUMENT, TEMPLATE -> "DigitalDocument";
            case RECORDING -> "MediaObject";
            case PEER_LEARNING_NOTE -> "Article";
        };
    }

    /** The description; {@code creatorPages} gives the directory slug of the creators linked to the directory. */
    String of(ResourceView resource, String networkName, String networkSlug, Map<OrganisationId, String> creatorPages) {
        Locale original = Locale.forLanguageTag(resource.originalLanguage());
        String address = dublinCore.permanentAddress(resource);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", schemaType(resource.kind()));
        json.put("@id", address);
        json.put("url", address);
        json.put("identifier", Map.of("@type", "PropertyValue", "propertyID", "UUID", "value", resource.id().toString()));
        LocalizedText title = resource.title().in(original);
        json.put("name", title.text());
        LocalizedText summary = resource.summary().in(original);
        if (!summary.isEmpty()) {
            json.put("description", summary.text());
        }
        json.put("inLanguage", resource.languages().stream().sorted().toList());
        json.put("genre", english("library.kind." + resource.kind().name()));
        json.put("author", resource.creators().stream().map(creator -> agent(creator, creatorPages)).toList());
        json.put("publisher", Map.of("@type", "Organization", "name", resource.publisher()));
        json.put("datePublished", resource.issued().toString());
        json.put("dateModified", resource.updatedAt().toString());
        if (resource.licence() != Licence.OTHER) {
            json.put("license", resource.licence().address());
        } else if (resource.licenceNote() != null) {
            json.put("license", resource.licenceNote());
        }
        json.put("spatialCoverage", spatialCoverage(resource));
        json.put("about", about(resource));
        if (networkSlug != null) {
            json.put("isPartOf", Map.of("@type", "Collection", "name", networkName,
                    "url", baseUrl + "/directory/" + networkSlug));
        }
        json.put("encoding", resource.files().stream().map(file -> Map.of("@type", "MediaObject",
                "name", file.originalName(), "encodingFormat", file.mediaType(), "contentSize", file.sizeBytes() + " B",
                "contentUrl", address + "/files/" + file.id())).toList());
        return scriptSafe(JSON.writeValueAsString(json));
    }

    /** JSON with the characters that could end or confuse a script element written as JSON escapes. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private Map<String, Object> agent(Creator creator, Map<OrganisationId, String> creatorPages) {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("@type", creator.kind() == Creator.Kind.PERSON ? "Person" : "Organization");
        agent.put("name", creator.name());
        String slug = creator.organisation() == null ? null : creatorPages.get(creator.organisation());
        if (slug != null) {
            agent.put("url", baseUrl + "/directory/" + slug);
        }
        return agent;
    }

    private static List<Map<String, Object>> spatialCoverage(ResourceView resource) {
        return Countries.named(resource.countries(), Locale.ENGLISH).stream()
                .map(country -> Map.<String, Object>of("@type", "Place", "name", country.name(),
                        "address", Map.of("@type", "PostalAddress", "addressCountry", country.code())))
                .toList();
    }

    private List<Map<String, Object>> about(ResourceView resource) {
        List<Map<String, Object>> terms = new ArrayList<>();
        resource.themes().stream().sorted().forEach(theme -> terms.add(Map.of("@type", "DefinedTerm",
                "name", english("identity.expertise." + theme.name()), "termCode", theme.name())));
        resource.sdgGoals().stream().sorted().forEach(goal -> terms.add(term("SDG " + goal + ": "
                + english("library.sdg." + goal), "SDG " + goal, SDGS)));
        resource.sdgTargets().stream().sorted().forEach(target -> terms.add(term("SDG target " + target,
                "SDG " + target, SDGS)));
        resource.sendaiPriorities().stream().sorted().forEach(priority -> terms.add(term("Sendai Framework priority "
                + priority + ": " + english("library.sendai.priority." + priority), "Priority " + priority, SENDAI)));
        resource.sendaiTargets().stream().sorted().forEach(target -> terms.add(term("Sendai Framework target " + target,
                "Target " + target, SENDAI)));
        return terms;
    }

    private static Map<String, Object> term(String name, String code, String set) {
        return Map.of("@type", "DefinedTerm", "name", name, "termCode", code,
                "inDefinedTermSet", Map.of("@type", "DefinedTermSet", "url", set));
    }

    private String english(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
