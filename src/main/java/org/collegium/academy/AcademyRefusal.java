package org.collegium.academy;

import java.util.Arrays;

/**
 * A change to an academy that its rules refuse. It names the input at fault and a message code of the
 * academy bundle, so that forms show it next to the field and the API as a problem, in the reader's language.
 */
public class AcademyRefusal extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public AcademyRefusal(String field, String code, Object... arguments) {
        super(code + " (" + field + ")");
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
        return Arrays.copyOf(arguments, arguments.length);
    }
}
