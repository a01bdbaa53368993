package org.collegium.library;

/** The world regions of the local-government movement (UCLG's sections). Labels: {@code library.region.<NAME>}. */
public enum Region {
    AFRICA, ASIA_PACIFIC, EURASIA, EUROPE, LATIN_AMERICA, MIDDLE_EAST_WEST_ASIA, NORTH_AMERICA
}
