package org.collegium.library.oai;

import java.util.Map;
import java.util.TreeMap;

/**
 * A protocol request whose verb and arguments were checked: a known verb, no unknown or repeated argument, the
 * required ones present, and a resumption token alone when there is one.
 */
record OaiRequest(OaiVerb verb, Map<String, String> arguments) {

    static OaiRequest parse(Map<String, String[]> parameters) {
        String[] verbs = parameters.get("verb");
        if (verbs == null || verbs.length == 0) {
            throw OaiError.badVerb("The verb argument is missing.");
        }
        if (verbs.length > 1) {
            throw OaiError.badVerb("The verb argument is repeated.");
        }
        OaiVerb verb = OaiVerb.named(verbs[0]).orElseThrow(() -> OaiError.badVerb("The verb is not a legal OAI-PMH verb."));
        Map<String, String> arguments = new TreeMap<>();
        parameters.forEach((name, values) -> {
            if ("verb".equals(name)) {
                return;
            }
            if (!verb.accepts(name)) {
                throw OaiError.badArgument("The argument " + name + " is not allowed with " + verb + ".");
            }
            if (values.length != 1) {
                throw OaiError.badArgument("The argument " + name + " is repeated.");
            }
            if (values[0].isEmpty()) {
                throw OaiError.badArgument("The argument " + name + " is empty.");
            }
            arguments.put(name, values[0]);
        });
        if (arguments.containsKey("resumptionToken")) {
            if (arguments.size() > 1) {
                throw OaiError.badArgument("The resumptionToken argument is exclusive.");
            }
        } else {
            verb.required().stream().filter(name -> !arguments.containsKey(name)).findFirst().ifPresent(missing -> {
                throw OaiError.badArgument("The argument " + missing + " is required with " + verb + ".");
            });
        }
        return new OaiRequest(verb, Map.copyOf(arguments));
    }

    String argument(String name) {
        return arguments.get(name);
    }
}
