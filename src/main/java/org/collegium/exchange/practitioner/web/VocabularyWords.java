package org.collegium.exchange.practitioner.web;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.collegium.exchange.FunctionTerm;
import org.collegium.identity.LanguageLevel;
import org.collegium.exchange.TopicTerm;
import org.collegium.exchange.Vocabulary;
import org.collegium.shared.i18n.ContentLanguages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The vocabulary, languages, levels and months in the viewer's words, for the practitioner and matching pages.
 * {@link #in(Locale)} reads the vocabulary once per page, however many rows it shows.
 */
@Component
public class VocabularyWords {

    private final Vocabulary vocabulary;
    private final MessageSource messages;

    VocabularyWords(Vocabulary vocabulary, MessageSource messages) {
        this.vocabulary = vocabulary;
        this.messages = messages;
    }

    public Words in(Locale locale) {
        return new Words(locale, vocabulary.functions().stream().collect(Collectors.toMap(FunctionTerm::code,
                Function.identity(), (one, other) -> one, LinkedHashMap::new)),
                vocabulary.topics().stream().collect(Collectors.toMap(TopicTerm::code, Function.identity(),
                        (one, other) -> one, LinkedHashMap::new)), messages);
    }

    /** A choice in a list: its code and what the viewer reads. */
    public record Option(String code, String label) {
    }

    /** A family of functions and its functions, for grouped choices. */
    public record Family(String code, String label, List<Option> functions) {
    }

    public static final class Words {

        private final Locale locale;
        private final Map<String, FunctionTerm> functions;
        private final Map<String, TopicTerm> topics;
        private final MessageSource messages;

        Words(Locale locale, Map<String, FunctionTerm> functions, Map<String, TopicTerm> topics, MessageSource messages) {
            this.locale = locale;
            this.functions = functions;
            this.topics = topics;
            this.messages = messages;
        }

        public Locale locale() {
            return locale;
        }

        public String function(String code) {
            FunctionTerm term = code == null ? null : functions.get(code);
            return term == null ? String.valueOf(code) : term.label(locale);
        }

        /** Families have no label in the vocabulary's tables: the bundle names the known ones, else the code. */
        public String family(String code) {
            return messages.getMessage("matching.family." + code, null, code == null ? "" : code.replace('-', ' '),
                    locale);
        }

        public String topic(String code) {
            TopicTerm term = code == null ? null : topics.get(code);
            return term == null ? String.valueOf(code) : term.label(locale);
        }

        public String language(String code) {
            String name = code == null ? "" : Locale.of(code).getDisplayLanguage(locale);
            return name.isEmpty() ? String.valueOf(code) : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
        }

        public String level(LanguageLevel level) {
            return messages.getMessage("matching.level." + level.name(), null, level.name(), locale);
        }

        public String month(YearMonth month) {
            return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
        }

        public List<Family> families() {
            Map<String, List<Option>> grouped = functions.values().stream().collect(Collectors.groupingBy(
                    FunctionTerm::family, LinkedHashMap::new, Collectors.mapping(
                            term -> new Option(term.code(), term.label(locale)), Collectors.toList())));
            return grouped.entrySet().stream().map(entry -> new Family(entry.getKey(), family(entry.getKey()),
                    entry.getValue().stream().sorted(Comparator.comparing(Option::label)).toList()))
                    .sorted(Comparator.comparing(Family::label)).toList();
        }

        public List<Option> topics() {
            return topics.values().stream().map(term -> new Option(term.code(), term.label(locale)))
                    .sorted(Comparator.comparing(Option::label)).toList();
        }

        /** The languages offered in forms, named in the viewer's language. */
        public List<Option> languages() {
            return ContentLanguages.CODES.stream().map(code -> new Option(code, language(code)))
                    .sorted(Comparator.comparing(Option::label)).toList();
        }

        public List<LanguageLevel> levels() {
            return List.of(LanguageLevel.values());
        }
    }
}
