package org.collegium.identity.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.collegium.identity.ExpertiseTopic;
import org.collegium.identity.JobFunction;
import org.collegium.identity.LanguageLevel;
import org.collegium.identity.ProfileDetails;
import org.collegium.identity.SpokenLanguage;
import org.collegium.shared.i18n.ContentLanguages;
import org.collegium.shared.i18n.UiLanguages;
import org.collegium.shared.time.TimeZones;
import org.springframework.validation.Errors;

/**
 * The profile as typed. Choices arrive as codes; {@link #check(Errors)} refuses any that is not on the lists.
 */
record ProfileForm(
        @NotBlank(message = "{identity.display-name.required}")
        @Size(max = 120, message = "{identity.display-name.too-long}") String displayName,
        @Size(max = 300, message = "{identity.profile.organisation.unknown}") String organisation,
        @Size(max = 120, message = "{identity.profile.job-title.too-long}") String jobTitle,
        String jobFunction,
        String country,
        List<LanguageRow> languages,
        List<String> expertise,
        String uiLanguage,
        String timeZone) {

    static final int BLANK_LANGUAGE_ROWS = 2;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    record LanguageRow(String code, String level) {
        boolean isBlank() {
            return code == null || code.isBlank();
        }
    }

    ProfileForm {
        languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages.stream().filter(Objects::nonNull).toList());
        expertise = expertise == null ? List.of() : List.copyOf(expertise);
    }

    /** The stored profile, with the name of its organisation (empty for none). */
    static ProfileForm of(ProfileDetails profile, String organisationName) {
        return new ProfileForm(profile.displayName(), organisationName == null ? "" : organisationName, profile.jobTitle(),
                profile.jobFunction() == null ? "" : profile.jobFunction().name(), profile.country(),
                profile.languages().stream().map(l -> new LanguageRow(l.code(), l.level().name())).toList(),
                profile.expertise().stream().map(Enum::name).sorted().toList(),
                profile.uiLanguage() == null ? "" : profile.uiLanguage().getLanguage(), profile.timeZone());
    }

    /** The same form with empty rows to add languages (pages work without JavaScript). */
    ProfileForm withBlankRows() {
        List<LanguageRow> rows = new ArrayList<>(languages.stream().filter(row -> !row.isBlank()).toList());
        for (int i = 0; i < BLANK_LANGUAGE_ROWS; i++) {
            rows.add(new LanguageRow("", ""));
        }
        return new ProfileForm(displayName, organisation, jobTitle, jobFunction, country, rows, expertise,
                uiLanguage, timeZone);
    }

    void check(Errors errors) {
        if (!blank(jobFunction) && !isName(JobFunction.values(), jobFunction)) {
            errors.rejectValue("jobFunction", "identity.profile.invalid-choice");
        }
        if (!blank(country) && !COUNTRIES.contains(country)) {
            errors.rejectValue("country", "identity.profile.invalid-choice");
        }
        List<LanguageRow> filled = languages.stream().filter(row -> !row.isBlank()).toList();
        boolean languagesValid = filled.stream().allMatch(row -> ContentLanguages.isKnown(row.code())
                && isName(LanguageLevel.values(), row.level()));
        if (!languagesValid || filled.stream().map(LanguageRow::code).distinct().count() != filled.size()) {
            errors.rejectValue("languages", "identity.profile.languages.invalid");
        }
        if (!expertise.stream().allMatch(topic -> isName(ExpertiseTopic.values(), topic))) {
            errors.rejectValue("expertise", "identity.profile.invalid-choice");
        }
        if (!blank(uiLanguage) && UiLanguages.supported(uiLanguage).isEmpty()) {
            errors.rejectValue("uiLanguage", "identity.profile.invalid-choice");
        }
        if (!blank(timeZone) && !TimeZones.ALL.contains(timeZone)) {
            errors.rejectValue("timeZone", "identity.profile.invalid-choice");
        }
    }

    /** Whether no organisation is named. */
    boolean namesNoOrganisation() {
        return blank(organisation);
    }

    /** The profile to save, with the organisation the typed name stands for; only after {@link #check(Errors)}. */
    ProfileDetails toDetails(UUID organisationId) {
        List<SpokenLanguage> spoken = languages.stream().filter(row -> !row.isBlank())
                .map(row -> new SpokenLanguage(row.code(), LanguageLevel.valueOf(row.level()))).toList();
        Set<ExpertiseTopic> topics = expertise.stream().map(ExpertiseTopic::valueOf).collect(Collectors.toSet());
        return new ProfileDetails(displayName, organisationId, jobTitle,
                blank(jobFunction) ? null : JobFunction.valueOf(jobFunction), blank(country) ? null : country, spoken,
                topics, blank(uiLanguage) ? null : UiLanguages.supported(uiLanguage).orElseThrow(),
                blank(timeZone) ? null : timeZone);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isName(Enum<?>[] values, String name) {
        return Arrays.stream(values).anyMatch(value -> value.name().equals(name));
    }

    /** Whether the topic is ticked (public: templates call it). */
    public boolean hasTopic(String topic) {
        return new HashSet<>(expertise).contains(topic);
    }
}
