package org.collegium.exchange;

/** What a country is to a programme: its local governments ask for expertise, or offer it. */
public enum CountryRole {
    PARTNER, EXPERTISE
}
