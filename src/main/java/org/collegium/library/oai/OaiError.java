package org.collegium.library.oai;

/** A request the protocol answers with one of its error codes (OAI-PMH 2.0, section 3.6). */
class OaiError extends RuntimeException {

    private final String code;

    OaiError(String code, String message) {
        super(message);
        this.code = code;
    }

    static OaiError badVerb(String message) {
        return new OaiError("badVerb", message);
    }

    static OaiError badArgument(String message) {
        return new OaiError("badArgument", message);
    }

    static OaiError badResumptionToken() {
        return new OaiError("badResumptionToken", "The resumption token is invalid or has expired.");
    }

    static OaiError cannotDisseminateFormat(String prefix) {
        return new OaiError("cannotDisseminateFormat", "This repository disseminates oai_dc only, not " + prefix + ".");
    }

    static OaiError idDoesNotExist(String identifier) {
        return new OaiError("idDoesNotExist", "No record has the identifier " + identifier + ".");
    }

    static OaiError noRecordsMatch() {
        return new OaiError("noRecordsMatch", "No record matches the arguments of the request.");
    }

    String code() {
        return code;
    }

    /** After these two the response's request element names the base address only. */
    boolean echoesArguments() {
        return !"badVerb".equals(code) && !"badArgument".equals(code);
    }
}
