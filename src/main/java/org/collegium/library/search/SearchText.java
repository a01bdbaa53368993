package org.collegium.library.search;

import java.util.regex.Pattern;

/**
 * What a person typed into the search box, made safe to hand to the query parser: control characters become
 * spaces, runs of white space one space, and the text stops at {@link #MAX_LENGTH} characters (never inside a
 * surrogate pair). Query syntax ({@code + | - " * ( ) ~}) is kept: it means something to the simple query syntax.
 */
public record SearchText(String value) {

    public static final int MAX_LENGTH = 200;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SYNTAX_ONLY = Pattern.compile("[\\s+|\\-\"*()~\\\\]*");

    public static SearchText of(String typed) {
        if (typed == null) {
            return new SearchText("");
        }
        String text = SPACES.matcher(CONTROL.matcher(typed).replaceAll(" ")).replaceAll(" ").strip();
        if (text.length() > MAX_LENGTH) {
            int end = Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            text = text.substring(0, end).strip();
        }
        return new SearchText(text);
    }

    /** Nothing to search for: the text is empty. Everything published matches. */
    public boolean isBlank() {
        return value.isEmpty();
    }

    /** Something was typed, but only query operators: no word to look for. */
    public boolean isSyntaxOnly() {
        return !value.isEmpty() && SYNTAX_ONLY.matcher(value).matches();
    }
}
