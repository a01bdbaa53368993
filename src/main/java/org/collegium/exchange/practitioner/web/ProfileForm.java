package org.collegium.exchange.practitioner.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.collegium.exchange.ExchangeRefusal;
import org.collegium.identity.LanguageLevel;
import org.collegium.exchange.practitioner.Availability;
import org.collegium.exchange.practitioner.PractitionerProfile;
import org.collegium.exchange.practitioner.PractitionerView;
import org.collegium.identity.SpokenLanguage;
import org.collegium.network.OrganisationId;

/**
 * A practitioner profile as typed: codes and dates as text, so that what was typed comes back with the errors.
 * Languages and availability are rows; a blank row is ignored, and one more blank row is always offered so the
 * lists grow without JavaScript.
 */
record ProfileForm(UUID organisation, String jobTitle, String function, String responsibilities, List<String> topics,
        List<LanguageRow> languages, String internationalExperience, List<PeriodRow> availability) {

    record LanguageRow(String code, String level) {
        boolean isBlank() {
            return (code == null || code.isBlank()) && (level == null || level.isBlank());
        }
    }

    record PeriodRow(String from, String to) {
        boolean isBlank() {
            return (from == null || from.isBlank()) && (to == null || to.isBlank());
        }
    }

    ProfileForm {
        topics = topics == null ? List.of() : List.copyOf(topics);
        languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages.stream().filter(Objects::nonNull).toList());
        availability = availability == null ? new ArrayList<>()
                : new ArrayList<>(availability.stream().filter(Objects::nonNull).toList());
    }

    static ProfileForm empty(OrganisationId organisation) {
        return new ProfileForm(organisation == null ? null : organisation.value(), "", "", "", List.of(), List.of(), "",
                List.of()).withBlankRows();
    }

    static ProfileForm of(PractitionerView view) {
        return new ProfileForm(view.organisation().value(), view.jobTitle(), view.function(), view.responsibilities(),
                List.copyOf(view.topics()), view.languages().stream().map(spoken -> new LanguageRow(spoken.code(),
                        spoken.level().name())).toList(), view.internationalExperience(),
                view.availability().stream().map(period -> new PeriodRow(period.from().toString(), period.to().toString()))
                        .toList()).withBlankRows();
    }

    /** The filled rows and one blank row of each list. */
    ProfileForm withBlankRows() {
        List<LanguageRow> spoken = new ArrayList<>(languages.stream().filter(row -> !row.isBlank()).toList());
        spoken.add(new LanguageRow("", ""));
        List<PeriodRow> periods = new ArrayList<>(availability.stream().filter(row -> !row.isBlank()).toList());
        periods.add(new PeriodRow("", ""));
        return new ProfileForm(organisation, jobTitle, function, responsibilities, topics, spoken,
                internationalExperience, periods);
    }

    public boolean hasTopic(String code) {
        return topics.contains(code);
    }

    PractitionerProfile toProfile() {
        List<SpokenLanguage> spoken = languages.stream().filter(row -> !row.isBlank()).map(ProfileForm::language)
                .toList();
        List<Availability> periods = availability.stream().filter(row -> !row.isBlank()).map(ProfileForm::period)
                .toList();
        return new PractitionerProfile(organisation == null ? null : new OrganisationId(organisation), jobTitle,
                function, responsibilities, new LinkedHashSet<>(topics), spoken, internationalExperience, periods);
    }

    private static SpokenLanguage language(LanguageRow row) {
        boolean knownLevel = row.level() != null
                && Arrays.stream(LanguageLevel.values()).anyMatch(level -> level.name().equals(row.level()));
        if (!knownLevel) {
            throw new ExchangeRefusal("languages", "practitioner.languages.invalid", 10);
        }
        return new SpokenLanguage(row.code() == null ? "" : row.code().strip(), LanguageLevel.valueOf(row.level()));
    }

    private static Availability period(PeriodRow row) {
        try {
            return new Availability(LocalDate.parse(row.from().strip()), LocalDate.parse(row.to().strip()));
        } catch (DateTimeParseException | NullPointerException invalid) {
            throw new ExchangeRefusal("availability", "practitioner.availability.invalid", 10);
        }
    }
}
