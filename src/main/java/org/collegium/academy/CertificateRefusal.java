package org.collegium.academy;

import java.util.Arrays;

/**
 * An operation on a certificate that its rules refuse. It names the input at fault and a message code of the
 * certificate bundle, so that forms show it next to the field, in the reader's language.
 */
public class CertificateRefusal extends RuntimeException {

    private final String field;
    private final String code;
    private final transient Object[] arguments;

    public CertificateRefusal(String field, String code, Object... arguments) {
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
