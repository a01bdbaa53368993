package org.collegium.library.oai;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** The six requests of OAI-PMH 2.0 and the arguments each takes. */
enum OaiVerb {
    Identify(Set.of(), Set.of(), false),
    ListMetadataFormats(Set.of(), Set.of("identifier"), false),
    ListSets(Set.of(), Set.of(), true),
    ListIdentifiers(Set.of("metadataPrefix"), Set.of("from", "until", "set"), true),
    ListRecords(Set.of("metadataPrefix"), Set.of("from", "until", "set"), true),
    GetRecord(Set.of("identifier", "metadataPrefix"), Set.of(), false);

    private final Set<String> required;
    private final Set<String> optional;
    private final boolean resumable;

    OaiVerb(Set<String> required, Set<String> optional, boolean resumable) {
        this.required = required;
        this.optional = optional;
        this.resumable = resumable;
    }

    static Optional<OaiVerb> named(String name) {
        return Arrays.stream(values()).filter(verb -> verb.name().equals(name)).findFirst();
    }

    Set<String> required() {
        return required;
    }

    boolean accepts(String argument) {
        return required.contains(argument) || optional.contains(argument)
                || (resumable && "resumptionToken".equals(argument));
    }
}
