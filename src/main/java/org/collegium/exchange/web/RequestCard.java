package org.collegium.exchange.web;

import java.util.List;

import org.collegium.exchange.ExchangeMethod;
import org.collegium.exchange.ExpertiseRequestView;

/**
 * An expertise request with what its pages show in the viewer's language: the association, its country, the topic,
 * the counterpart functions, the working languages and the time window.
 */
record RequestCard(ExpertiseRequestView request, String association, String associationSlug, String country,
        String topic, List<String> functions, List<ExchangeMethod> methods, List<String> languages, String windowFrom, String windowTo) {
}
