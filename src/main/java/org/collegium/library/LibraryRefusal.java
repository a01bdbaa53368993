package org.collegium.library;

/**
 * A rule of the library refused what was asked; {@code code} is a message key, {@code field} the form field it
 * concerns (or null). Nothing was written.
 */
public class LibraryRefusal extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public LibraryRefusal(String field, String code, Object... arguments) {
        super(code);
        this.field = field;
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
