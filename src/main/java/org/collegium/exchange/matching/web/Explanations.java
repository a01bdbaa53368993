package org.collegium.exchange.matching.web;

import java.util.List;
import java.util.Locale;

import org.collegium.exchange.matching.PractitionerMatch;
import org.collegium.exchange.matching.Reason;
import org.collegium.exchange.practitioner.PractitionerView;
import org.collegium.exchange.practitioner.web.VocabularyWords;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A ranking in the viewer's words: each reason's message with its arguments named in the viewer's language. */
@Component
class Explanations {

    private final MessageSource messages;
    private final VocabularyWords vocabulary;

    Explanations(MessageSource messages, VocabularyWords vocabulary) {
        this.messages = messages;
        this.vocabulary = vocabulary;
    }

    /** A reason as read; a flag warns. */
    record Line(String text, boolean flag) {
    }

    /** A ranked practitioner as the pages show them. */
    record Row(int rank, PractitionerView practitioner, String function, int score, List<Line> reasons,
            boolean flagged) {
    }

    List<Row> rows(List<PractitionerMatch> matches, Locale locale) {
        VocabularyWords.Words words = vocabulary.in(locale);
        return java.util.stream.IntStream.range(0, matches.size()).mapToObj(index -> {
            PractitionerMatch match = matches.get(index);
            return new Row(index + 1, match.practitioner(), words.function(match.practitioner().function()),
                    match.match().score(), match.match().reasons().stream()
                            .map(reason -> new Line(text(reason, words), reason.flag())).toList(),
                    match.match().flagged());
        }).toList();
    }

    private String text(Reason reason, VocabularyWords.Words words) {
        Object[] arguments = switch (reason) {
            case Reason.SameFunction same -> new Object[] {words.function(same.function())};
            case Reason.ComparableResponsibilities comparable -> new Object[] {words.family(comparable.family())};
            case Reason.KnowsTopic topic -> new Object[] {words.topic(topic.topic())};
            case Reason.SharesLanguage shares -> new Object[] {words.language(shares.language()),
                    words.level(shares.level())};
            case Reason.Available available -> new Object[] {words.month(available.month())};
            case Reason.NoSharedLanguage none -> new Object[0];
            case Reason.OffersMethod method -> new Object[0];
            case Reason.InternationalExperience international -> new Object[0];
        };
        return messages.getMessage(reason.code(), arguments, words.locale());
    }
}
