package org.collegium.exchange.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.Programmes;
import org.collegium.exchange.Vocabulary;
import org.collegium.network.Countries;
import org.springframework.stereotype.Component;

/**
 * The choices of the open requests' filter, in the viewer's language: the programmes' partner countries, the topics,
 * the four methods and the working languages offered or in use.
 */
@Component
class RequestChoices {

    private final Programmes programmes;
    private final Vocabulary vocabulary;

    RequestChoices(Programmes programmes, Vocabulary vocabulary) {
        this.programmes = programmes;
        this.vocabulary = vocabulary;
    }

    Filter filter(Set<String> openLanguages, Locale viewer) {
        Set<String> countries = new TreeSet<>();
        programmes.all().forEach(programme -> countries.addAll(programme.partnerCountries()));
        Set<String> languages = new TreeSet<>(WorkingLanguages.OFFERED);
        languages.addAll(openLanguages);
        return new Filter(Countries.named(countries, viewer).stream().map(c -> new Choice(c.code(), c.name())).toList(),
                topics(viewer), List.of(ExchangeMethod.values()), WorkingLanguages.named(languages, viewer));
    }

    List<Choice> topics(Locale viewer) {
        return vocabulary.topics().stream().map(topic -> new Choice(topic.code(), topic.label(viewer)))
                .sorted(Comparator.comparing(Choice::label, Collator.getInstance(viewer))).toList();
    }

    record Filter(List<Choice> countries, List<Choice> topics, List<ExchangeMethod> methods, List<Choice> languages) {
    }
}
