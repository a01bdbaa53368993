package org.collegium.exchange.matching;

import java.time.YearMonth;
import java.util.List;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.identity.LanguageLevel;

/**
 * Why a candidate ranks where it does, in plain words: a message code of the {@code matching} bundle and its
 * arguments. Arguments are values (vocabulary codes, a language code, a month, a method), turned into the viewer's
 * words by the page that shows them. A {@link #flag()} warns rather than recommends.
 */
public sealed interface Reason {

    String code();

    List<Object> arguments();

    default boolean flag() {
        return false;
    }

    /** Same function: the function code. */
    record SameFunction(String function) implements Reason {
        public String code() { return "matching.reason.same-function"; }
        public List<Object> arguments() { return List.of(function); }
    }

    /** Comparable responsibilities: the family code. */
    record ComparableResponsibilities(String family) implements Reason {
        public String code() { return "matching.reason.comparable"; }
        public List<Object> arguments() { return List.of(family); }
    }

    /** Knows the request's topic: the topic code. */
    record KnowsTopic(String topic) implements Reason {
        public String code() { return "matching.reason.topic"; }
        public List<Object> arguments() { return List.of(topic); }
    }

    /** Shares a working language of the request, at a level. */
    record SharesLanguage(String language, LanguageLevel level) implements Reason {
        public String code() { return "matching.reason.shares-language"; }
        public List<Object> arguments() { return List.of(language, level); }
    }

    /** Speaks none of the request's working languages: shown, never hidden. */
    record NoSharedLanguage() implements Reason {
        public String code() { return "matching.reason.no-shared-language"; }
        public List<Object> arguments() { return List.of(); }
        @Override public boolean flag() { return true; }
    }

    /** Available within the window, from this month. */
    record Available(YearMonth month) implements Reason {
        public String code() { return "matching.reason.available"; }
        public List<Object> arguments() { return List.of(month); }
    }

    /** Offers a method the request prefers. */
    record OffersMethod(ExchangeMethod method) implements Reason {
        public String code() { return "matching.reason.method." + method.name(); }
        public List<Object> arguments() { return List.of(method); }
    }

    /** Has international experience. */
    record InternationalExperience() implements Reason {
        public String code() { return "matching.reason.international"; }
        public List<Object> arguments() { return List.of(); }
    }
}
