package org.collegium.academy;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The address of an academy (/academies/nalas): chosen by the platform administrator, lowercase ASCII letters,
 * digits and inner hyphens, 2 to 40 characters, and none of the words the site's own addresses use.
 */
public record AcademySlug(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    private static final Set<String> RESERVED = Set.of("new", "admin", "manage", "api", "edit", "create", "delete",
            "settings", "staff", "logo", "search", "static", "css", "js", "login", "sign-in", "sign-out", "register",
            "account", "academies", "academy", "directory", "courses", "null", "undefined");

    public AcademySlug {
        if (value == null || value.length() < 2 || value.length() > 40 || !FORM.matcher(value).matches()
                || value.contains("--")) {
            throw new AcademyRefusal("slug", "academy.slug.invalid");
        }
        if (RESERVED.contains(value)) {
            throw new AcademyRefusal("slug", "academy.slug.reserved", value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
