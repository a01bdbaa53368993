package org.collegium.academy;

/**
 * Moves a module or an activity one place up or down in its course's outline.
 */
public enum OutlineMove {
    UP, DOWN
}
