package org.collegium.exchange.exchanges;

/** The two sides of an exchange: the partner country's local governments, and those that offer expertise. */
public enum Side {
    PARTNER, EXPERTISE
}
