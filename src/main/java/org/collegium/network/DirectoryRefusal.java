package org.collegium.network;

/**
 * A change the directory refuses, with the message code that explains why in the viewer's language.
 */
public class DirectoryRefusal extends RuntimeException {

    private final String code;

    public DirectoryRefusal(String code, String explanation) {
        super(explanation);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
