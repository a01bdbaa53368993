package org.collegium.network.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.collegium.network.PartnershipKind;
import org.collegium.network.PartnershipStatus;
import org.collegium.network.PartnershipTerms;
import org.collegium.network.PartnershipView;
import org.collegium.shared.i18n.ContentLanguages;
import org.springframework.validation.Errors;

/**
 * An agreement as typed: parties by name, choices as codes, objectives one per line, the date as ISO text.
 * {@link #check} refuses what does not parse; {@link #parties} resolves the names against the directory.
 */
public record PartnershipForm(
        @NotBlank(message = "{network.partnership.title.required}")
        @Size(max = PartnershipTerms.TITLE_MAX, message = "{network.partnership.title.size}") String title,
        List<String> parties,
        String kind,
        String status,
        @Size(max = 40_000, message = "{network.partnership.objective.size}") String objectives,
        String signedOn,
        @Size(max = PartnershipTerms.PLACE_MAX, message = "{network.partnership.place.size}") String signedAt,
        String language) {

    static final int PARTY_ROWS = 4;
    static final int PARTY_NAME_MAX = 300;

    public PartnershipForm {
        List<String> rows = new ArrayList<>(parties == null ? List.of() : parties.stream()
                .map(party -> party == null ? "" : party).toList());
        while (rows.size() < PARTY_ROWS) {
            rows.add("");
        }
        parties = rows;
    }

    static PartnershipForm empty(String language, String firstParty) {
        return new PartnershipForm("", List.of(firstParty == null ? "" : firstParty), PartnershipKind.PARTNERSHIP.name(),
                PartnershipStatus.DRAFT.name(), "", "", "", language);
    }

    static PartnershipForm of(PartnershipView view) {
        var summary = view.summary();
        return new PartnershipForm(summary.title(), summary.parties().stream().map(OrganisationSummary::name).toList(),
                summary.kind().name(), summary.status().name(), String.join("\n", view.objectives()),
                summary.signedOn() == null ? "" : summary.signedOn().toString(),
                summary.signedAt() == null ? "" : summary.signedAt(), view.language());
    }

    void check(Errors errors) {
        if (!isName(PartnershipKind.values(), kind)) {
            errors.rejectValue("kind", "network.partnership.kind.required");
        }
        if (!isName(PartnershipStatus.values(), status)) {
            errors.rejectValue("status", "network.partnership.status.required");
        }
        if (!blank(signedOn) && date().isEmpty()) {
            errors.rejectValue("signedOn", "network.partnership.date.invalid");
        }
        if (objectiveLines().stream().anyMatch(line -> line.length() > PartnershipTerms.OBJECTIVE_MAX)) {
            errors.rejectValue("objectives", "network.partnership.objective.size");
        }
        if (!ContentLanguages.isKnown(language)) {
            errors.rejectValue("language", "network.language.required");
        }
    }

    /** The parties the typed names stand for; each name that is not exactly one organisation is refused. */
    Set<OrganisationId> parties(Function<String, Optional<OrganisationSummary>> byName, Errors errors) {
        Set<OrganisationId> found = new LinkedHashSet<>();
        int named = 0;
        for (int i = 0; i < parties.size(); i++) {
            String name = parties.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            named++;
            String field = "parties[" + i + "]";
            Optional<OrganisationSummary> party = name.length() > PARTY_NAME_MAX ? Optional.empty() : byName.apply(name);
            if (party.isEmpty()) {
                errors.rejectValue(field, "network.partnership.party.unknown");
            } else if (!found.add(party.get().id())) {
                errors.rejectValue(field, "network.partnership.party.duplicate");
            }
        }
        if (named < 2) {
            errors.rejectValue("parties", "network.partnership.parties.too-few");
        }
        return found;
    }

    /** The terms to record; only after {@link #check} and {@link #parties} found nothing. */
    PartnershipTerms terms(Set<OrganisationId> resolvedParties) {
        return new PartnershipTerms(title.strip(), PartnershipKind.valueOf(kind), PartnershipStatus.valueOf(status),
                resolvedParties, objectiveLines(), date().orElse(null), blank(signedAt) ? null : signedAt.strip(),
                language);
    }

    private List<String> objectiveLines() {
        return objectives == null ? List.of()
                : objectives.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private Optional<LocalDate> date() {
        try {
            return blank(signedOn) ? Optional.empty() : Optional.of(LocalDate.parse(signedOn.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isName(Enum<?>[] values, String name) {
        return Arrays.stream(values).anyMatch(value -> value.name().equals(name));
    }
}
