/**
 * Matching colleagues to expertise requests.
 * <p>
 * {@link org.collegium.exchange.matching.Ranking} scores each candidate out of 100: same function 40 (otherwise
 * comparable responsibilities, the same family, 25); the request's topic 20; a shared working language at B1 or
 * above 15 (below B1, 5; none shared is a flag, never a filter); available at least one day within the window,
 * both ends included, 10; offers a preferred method 10; international experience 5. Every point comes with a reason
 * in plain words. The order is deterministic: score descending, then name (ignoring case, then exactly), then id.
 * <p>
 * {@link org.collegium.exchange.matching.Matching} applies it to real data: the candidates of a request are the
 * registry's practitioners of the programme's expertise countries with a function of a family sought or the
 * request's topic (filtered in SQL); the reverse view ranks an organisation's practitioners against the open
 * requests; the registry search ranks what the secretariat's filters find.
 */
package org.collegium.exchange.matching;
