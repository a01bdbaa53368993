package org.collegium.exchange.web;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.exchange.ExpertiseRequestView;
import org.collegium.exchange.FunctionTerm;
import org.collegium.exchange.TopicTerm;
import org.collegium.exchange.Vocabulary;
import org.collegium.network.Countries;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.springframework.stereotype.Component;

/** Turns requests into what their pages show, reading the associations and the vocabulary once per list. */
@Component
class RequestCards {

    private final Directory directory;
    private final Vocabulary vocabulary;

    RequestCards(Directory directory, Vocabulary vocabulary) {
        this.directory = directory;
        this.vocabulary = vocabulary;
    }

    List<RequestCard> of(List<ExpertiseRequestView> requests, Locale viewer) {
        Map<OrganisationId, OrganisationSummary> associations = directory
                .findAll(requests.stream().map(ExpertiseRequestView::association).collect(Collectors.toSet()));
        Map<String, TopicTerm> topics = vocabulary.topics().stream()
                .collect(Collectors.toMap(TopicTerm::code, Function.identity()));
        Map<String, FunctionTerm> functions = vocabulary.functions().stream()
                .collect(Collectors.toMap(FunctionTerm::code, Function.identity()));
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(viewer);
        return requests.stream().map(request -> {
            OrganisationSummary association = associations.get(request.association());
            TopicTerm topic = topics.get(request.topic());
            return new RequestCard(request, association == null ? "" : association.name(),
                    association == null ? null : association.slug(),
                    Countries.name(request.associationCountry(), viewer),
                    topic == null ? request.topic() : topic.label(viewer),
                    request.counterpartFunctions().stream()
                            .map(code -> functions.containsKey(code) ? functions.get(code).label(viewer) : code)
                            .sorted().toList(),
                    request.methods().stream().sorted().toList(),
                    WorkingLanguages.named(request.workingLanguages(), viewer).stream().map(Choice::label).toList(),
                    dates.format(request.windowFrom()), dates.format(request.windowTo()));
        }).toList();
    }

    RequestCard of(ExpertiseRequestView request, Locale viewer) {
        return of(List.of(request), viewer).getFirst();
    }
}
