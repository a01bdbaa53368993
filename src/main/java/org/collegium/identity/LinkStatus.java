package org.collegium.identity;

/**
 * What became of a one-time link from a mail. Unknown links and links for another purpose are both UNKNOWN.
 */
public enum LinkStatus {
    VALID, EXPIRED, USED, UNKNOWN;

    public boolean isValid() {
        return this == VALID;
    }
}
