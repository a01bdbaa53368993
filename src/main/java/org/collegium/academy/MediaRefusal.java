package org.collegium.academy;

import java.util.Arrays;

/**
 * An upload the media library refuses: too large, of a kind not allowed, content that contradicts its name, or an
 * office document whose archive looks unsafe. Carries a message code of the {@code media} bundle.
 */
public class MediaRefusal extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public MediaRefusal(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }
}
