/**
 * Exchanges: a selected expression of interest carried out. Its method, the colleague pairs or groups of both sides,
 * dates and places, the preparation (with an academy course when one is named), budget lines against the
 * programme's budget, a status that moves planned → preparing → under way → completed → reported, and the joint
 * report, published as {@link org.collegium.exchange.exchanges.ExchangeReported} for the e-library.
 */
package org.collegium.exchange.exchanges;
