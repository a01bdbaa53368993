package org.collegium.library.oai;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.collegium.library.ResourceKind;
import org.collegium.library.ResourceView;
import org.collegium.library.Sdgs;
import org.collegium.library.Sendai;
import org.collegium.library.resource.HarvestQuery;
import org.collegium.library.resource.ResourceHarvest;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The repository's sets: four hierarchies, {@code kind:case-study}, {@code network:<slug>}, {@code sdg:11} and
 * {@code sendai:2}, under their roots {@code kind}, {@code network}, {@code sdg} and {@code sendai}. A record belongs
 * to the set of its kind, of its network, of each of its SDG goals and Sendai priorities, and to their roots.
 */
@Component
class OaiSets {

    private final Directory directory;
    private final ResourceHarvest harvest;
    private final MessageSource messages;

    OaiSets(Directory directory, ResourceHarvest harvest, MessageSource messages) {
        this.directory = directory;
        this.harvest = harvest;
        this.messages = messages;
    }

    record OaiSet(String spec, String name) {
    }

    static String kindSpec(ResourceKind kind) {
        return "kind:" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The leaf sets of a record; the network's slug comes from the caller, who looks the networks up at once. */
    static List<String> specsOf(ResourceView resource, String networkSlug) {
        List<String> specs = new ArrayList<>();
        specs.add(kindSpec(resource.kind()));
        if (networkSlug != null) {
            specs.add("network:" + networkSlug);
        }
        resource.sdgGoals().stream().sorted().forEach(goal -> specs.add("sdg:" + goal));
        resource.sendaiPriorities().stream().sorted().forEach(priority -> specs.add("sendai:" + priority));
        return specs;
    }

    List<OaiSet> all() {
        List<OaiSet> sets = new ArrayList<>();
        sets.add(new OaiSet("kind", "Kinds of resource"));
        for (ResourceKind kind : ResourceKind.values()) {
            sets.add(new OaiSet(kindSpec(kind), english("library.kind." + kind.name())));
        }
        sets.add(new OaiSet("network", "Libraries of the networks"));
        directory.findAll(harvest.networks()).values().stream()
                .sorted(Comparator.comparing(OrganisationSummary::slug))
                .forEach(network -> sets.add(new OaiSet("network:" + network.slug(), network.name())));
        sets.add(new OaiSet("sdg", "Sustainable Development Goals"));
        Sdgs.GOALS.forEach(goal -> sets.add(new OaiSet("sdg:" + goal, "SDG " + goal + ": " + english("library.sdg." + goal))));
        sets.add(new OaiSet("sendai", "Sendai Framework for Disaster Risk Reduction"));
        Sendai.PRIORITIES.forEach(priority -> sets.add(new OaiSet("sendai:" + priority,
                "Sendai Framework priority " + priority + ": " + english("library.sendai.priority." + priority))));
        return sets;
    }

    /** The query of a set, or empty when no such set exists (the protocol then answers noRecordsMatch). */
    Optional<HarvestQuery> query(String spec) {
        HarvestQuery all = HarvestQuery.everything();
        if (spec == null || "kind".equals(spec) || "network".equals(spec)) {
            return Optional.of(all);
        }
        if ("sdg".equals(spec)) {
            return Optional.of(new HarvestQuery(null, null, null, null, null, null, true, false));
        }
        if ("sendai".equals(spec)) {
            return Optional.of(new HarvestQuery(null, null, null, null, null, null, false, true));
        }
        int colon = spec.indexOf(':');
        String root = colon < 0 ? spec : spec.substring(0, colon);
        String leaf = colon < 0 ? "" : spec.substring(colon + 1);
        return switch (root) {
            case "kind" -> Arrays.stream(ResourceKind.values()).filter(kind -> kindSpec(kind).equals(spec))
                    .findFirst().map(kind -> new HarvestQuery(null, null, kind, null, null, null, false, false));
            case "network" -> directory.findBySlug(leaf)
                    .map(network -> new HarvestQuery(null, null, null, network.id(), null, null, false, false));
            case "sdg" -> number(leaf).filter(Sdgs::isGoal)
                    .map(goal -> new HarvestQuery(null, null, null, null, goal, null, false, false));
            case "sendai" -> number(leaf).filter(Sendai::isPriority)
                    .map(priority -> new HarvestQuery(null, null, null, null, null, priority, false, false));
            default -> Optional.empty();
        };
    }

    private static Optional<Integer> number(String text) {
        return text.matches("[1-9]\\d?") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }

    private String english(String key) {
        return messages.getMessage(key, null, key, Locale.ENGLISH);
    }
}
