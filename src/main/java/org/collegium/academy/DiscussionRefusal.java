package org.collegium.academy;

import java.util.Arrays;

/**
 * A post or a change that the rules of discussions refuse (a locked thread, an edit after its window, an empty
 * body). It names the input at fault and a message code of the discussion bundle.
 */
public class DiscussionRefusal extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public DiscussionRefusal(String field, String code, Object... arguments) {
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
