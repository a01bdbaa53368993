package org.collegium.library;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.collegium.identity.AccountId;
import org.collegium.library.resource.Resources;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Resources drafted through the service, then published or withdrawn at a chosen time (the editorial workflow is
 * not on this branch), so that harvests, feeds and the API see known datestamps.
 */
final class PublishedResources {

    private final Resources resources;
    private final JdbcTemplate jdbc;

    PublishedResources(Resources resources, JdbcTemplate jdbc) {
        this.resources = resources;
        this.jdbc = jdbc;
    }

    ResourceId published(AccountId submitter, ResourceDraft draft, Instant at) {
        ResourceId id = resources.draft(submitter, draft);
        move(id, ResourceStatus.PUBLISHED, at);
        return id;
    }

    ResourceId withdrawn(AccountId submitter, ResourceDraft draft, Instant publishedAt, Instant withdrawnAt) {
        ResourceId id = published(submitter, draft, publishedAt);
        jdbc.update("update library_resource set status = 'WITHDRAWN', updated_at = ? where id = ?",
                utc(withdrawnAt), id.value());
        return id;
    }

    void move(ResourceId id, ResourceStatus status, Instant at) {
        jdbc.update("update library_resource set status = ?, published_at = ?, updated_at = ? where id = ?",
                status.name(), utc(at), utc(at), id.value());
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
