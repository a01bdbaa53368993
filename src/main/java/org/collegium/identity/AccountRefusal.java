package org.collegium.identity;

/**
 * A request about an account that cannot be done as asked; forms show it on the named field.
 *
 * @see #field()
 * @see #code()
 */
public class AccountRefusal extends RuntimeException {

    private final String field;
    private final String code;

    public AccountRefusal(String field, String code) {
        super(code + " (" + field + ")");
        this.field = field;
        this.code = code;
    }

    /** The form field the refusal is about. */
    public String field() {
        return field;
    }

    /** The message code in the identity bundle. */
    public String code() {
        return code;
    }
}
