package org.collegium.exchange.web;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.FunctionTerm;
import org.collegium.exchange.Vocabulary;
import org.springframework.stereotype.Component;

/** The choices of the request form in the viewer's language: topics, functions by family, languages, methods. */
@Component
class RequestFormChoices {

    private final Vocabulary vocabulary;
    private final RequestChoices choices;

    RequestFormChoices(Vocabulary vocabulary, RequestChoices choices) {
        this.vocabulary = vocabulary;
        this.choices = choices;
    }

    Form of(RequestForm form, Locale viewer) {
        Map<String, List<Choice>> families = new LinkedHashMap<>();
        for (FunctionTerm function : vocabulary.functions()) {
            families.computeIfAbsent(function.family(), family -> new ArrayList<>())
                    .add(new Choice(function.code(), function.label(viewer)));
        }
        Comparator<Choice> byLabel = Comparator.comparing(Choice::label, Collator.getInstance(viewer));
        List<Family> grouped = families.entrySet().stream()
                .map(entry -> new Family(entry.getKey(), entry.getValue().stream().sorted(byLabel).toList())).toList();
        Set<String> languages = new TreeSet<>(WorkingLanguages.OFFERED);
        if (form.workingLanguages() != null) {
            languages.addAll(form.workingLanguages());
        }
        return new Form(choices.topics(viewer), grouped, WorkingLanguages.named(languages, viewer),
                List.of(ExchangeMethod.values()));
    }

    record Family(String code, List<Choice> functions) {
    }

    record Form(List<Choice> topics, List<Family> families, List<Choice> languages, List<ExchangeMethod> methods) {
    }
}
