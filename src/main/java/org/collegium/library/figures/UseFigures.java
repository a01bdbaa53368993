package org.collegium.library.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Affiliation;
import org.collegium.library.ResourceId;
import org.collegium.library.ResourceView;
import org.collegium.library.resource.LibraryAccess;
import org.collegium.network.Directory;
import org.collegium.network.OrganisationId;
import org.collegium.network.OrganisationSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Views of resource pages and downloads of their files, counted per resource, day and country without tracking
 * anyone: no address, account or cookie is kept, only counters. The country is that of the signed-in viewer's
 * organisation (or, failing one, of their profile); anonymous visitors count as of an unknown country. Only
 * published resources count, never their own submitter's or editors' visits, nor obvious robots.
 */
@Service
public class UseFigures {

    /** ISO 3166's code for an unknown or unspecified country. */
    public static final String UNKNOWN = "ZZ";

    private static final Logger LOG = LoggerFactory.getLogger(UseFigures.class);
    private static final Pattern ROBOT = Pattern.compile("bot|crawl|spider|slurp", Pattern.CASE_INSENSITIVE);

    private final UseCounter counter;
    private final JdbcClient jdbc;
    private final LibraryAccess access;
    private final Accounts accounts;
    private final Directory directory;
    private final Clock clock;

    UseFigures(UseCounter counter, JdbcClient jdbc, LibraryAccess access, Accounts accounts, Directory directory,
            Clock clock) {
        this.counter = counter;
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.directory = directory;
        this.clock = clock;
    }

    /** Counts a use of the resource by the viewer (null when anonymous), if it is one that counts. */
    public void record(ResourceView resource, AccountId viewer, String userAgent, UseKind kind) {
        if (!counts(resource, viewer, userAgent)) {
            return;
        }
        try {
            counter.add(resource.id().value(), resource.network().value(),
                    LocalDate.now(clock.withZone(ZoneOffset.UTC)), countryOf(viewer), kind);
        } catch (DataAccessException failure) {
            // A lost count must not cost the reader the page or the file.
            LOG.warn("A {} of resource {} was not counted: {}", kind, resource.id(), failure.toString());
        }
    }

    boolean counts(ResourceView resource, AccountId viewer, String userAgent) {
        if (!resource.status().isPublic() || (userAgent != null && ROBOT.matcher(userAgent).find())) {
            return false;
        }
        return viewer == null || !(viewer.equals(resource.submitter()) || access.isEditorOf(viewer, resource.network()));
    }

    private String countryOf(AccountId viewer) {
        if (viewer == null) {
            return UNKNOWN;
        }
        Affiliation affiliation = accounts.affiliationsOf(Set.of(viewer)).get(viewer);
        if (affiliation == null) {
            return UNKNOWN;
        }
        Optional<String> country = Optional.ofNullable(affiliation.organisation())
                .flatMap(organisation -> directory.find(new OrganisationId(organisation)))
                .map(OrganisationSummary::country)
                .or(() -> Optional.ofNullable(affiliation.country()));
        return country.filter(code -> code.matches("[A-Za-z]{2}")).map(code -> code.toUpperCase(Locale.ROOT))
                .orElse(UNKNOWN);
    }

    /** A resource's figures: totals and the breakdown by country, largest first. */
    public ResourceFigures of(ResourceId resource) {
        List<CountryFigures> countries = jdbc.sql("SELECT country, "
                        + "SUM(CASE WHEN kind = 'VIEW' THEN uses ELSE 0 END) AS views, "
                        + "SUM(CASE WHEN kind = 'DOWNLOAD' THEN uses ELSE 0 END) AS downloads "
                        + "FROM library_use_figure WHERE resource_id = ? GROUP BY country")
                .param(resource.value())
                .query((row, n) -> new CountryFigures(row.getString("country"), row.getLong("views"),
                        row.getLong("downloads")))
                .list().stream()
                .sorted(Comparator.comparingLong(CountryFigures::views).reversed()
                        .thenComparing(Comparator.comparingLong(CountryFigures::downloads).reversed())
                        .thenComparing(CountryFigures::country))
                .toList();
        return new ResourceFigures(countries.stream().mapToLong(CountryFigures::views).sum(),
                countries.stream().mapToLong(CountryFigures::downloads).sum(), countries);
    }

    /** The network's figures per resource, for its library editors (and platform administrators) only. */
    public Map<ResourceId, ResourceTotals> ofNetwork(AccountId actor, OrganisationId network) {
        if (!access.isEditorOf(actor, network)) {
            throw new AccessDeniedException("not a library editor of " + network.value());
        }
        Map<ResourceId, ResourceTotals> totals = new LinkedHashMap<>();
        jdbc.sql("SELECT resource_id, "
                        + "SUM(CASE WHEN kind = 'VIEW' THEN uses ELSE 0 END) AS views, "
                        + "SUM(CASE WHEN kind = 'DOWNLOAD' THEN uses ELSE 0 END) AS downloads "
                        + "FROM library_use_figure WHERE network_id = ? GROUP BY resource_id "
                        + "ORDER BY views DESC, downloads DESC, resource_id")
                .param(network.value())
                .query((row, n) -> new ResourceTotals(new ResourceId(row.getObject("resource_id", UUID.class)),
                        row.getLong("views"), row.getLong("downloads")))
                .list().forEach(total -> totals.put(total.resource(), total));
        return totals;
    }

    public record CountryFigures(String country, long views, long downloads) {

        public boolean isUnknown() {
            return UNKNOWN.equals(country);
        }
    }

    public record ResourceFigures(long views, long downloads, List<CountryFigures> countries) {
    }

    public record ResourceTotals(ResourceId resource, long views, long downloads) {
    }
}
