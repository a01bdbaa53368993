package org.collegium.library;

/** Under which terms a resource may be reused. {@link #OTHER} needs a note saying which. */
public enum Licence {
    CC_BY("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_NC("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
    CC_BY_NC_SA("CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    CC_BY_ND("CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
    CC_BY_NC_ND("CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
    CC0("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
    OTHER("", "");

    private final String shortName;
    private final String address;

    Licence(String shortName, String address) {
        this.shortName = shortName;
        this.address = address;
    }

    /** The licence's own name, the same in every language ("CC BY 4.0"); empty for {@link #OTHER}. */
    public String shortName() {
        return shortName;
    }

    /** The licence's deed, or empty for {@link #OTHER}. */
    public String address() {
        return address;
    }
}
