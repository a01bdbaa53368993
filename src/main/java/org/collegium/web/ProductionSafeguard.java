package org.collegium.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * In production Collegium refuses to start on an embedded database, with demo data or with the development mailbox.
 */
@Component
@Profile("prod")
class ProductionSafeguard {

    ProductionSafeguard(Environment environment) {
        List<String> problems = new ArrayList<>();
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            problems.add("spring.datasource.url must name a PostgreSQL database (set COLLEGIUM_DATABASE_URL), not '" + url + "'");
        }
        if (environment.getProperty("collegium.demo-data.enabled", Boolean.class, false)) {
            problems.add("collegium.demo-data.enabled must be false");
        }
        if (environment.getProperty("collegium.mail.dev-mailbox.enabled", Boolean.class, false)) {
            problems.add("collegium.mail.dev-mailbox.enabled must be false");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems));
        }
    }
}
