/**
 * Matching colleagues to expertise requests. {@link org.collegium.exchange.matching.Ranking} scores and orders
 * candidates (practitioners of the registry and expressions of interest) with reasons in plain words; its Javadoc
 * is the documentation of the weights, the language level threshold (B1), the availability overlap rule (at least
 * one shared day, both ends included) and the tie-break (score, then name, then id).
 */
package org.collegium.exchange.matching;
