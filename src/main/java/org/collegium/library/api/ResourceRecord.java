package org.collegium.library.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

import org.collegium.identity.ExpertiseTopic;
import org.collegium.library.Creator;
import org.collegium.library.Region;
import org.collegium.library.ResourceKind;
import org.collegium.library.ResourceLink;

/** A published resource of the library on Dublin Core, with its texts in every language they are written in. */
@Schema(name = "LibraryResource")
public record ResourceRecord(
        UUID id,
        @Schema(description = "The permanent address of the resource's page (Dublin Core identifier)") String identifier,
        ResourceKind kind,
        @Schema(description = "DCMI type") String type,
        @Schema(description = "The language the resource was written in") String originalLanguage,
        @Schema(description = "Title per language code") Map<String, String> title,
        @JsonProperty("abstract") @Schema(description = "Abstract per language code") Map<String, String> summary,
        List<CreatorRecord> creators,
        String publisher,
        @Schema(description = "Date of the document (Dublin Core date)") LocalDate date,
        @Schema(description = "Languages of the document") List<String> languages,
        @Schema(description = "ISO 3166-1 alpha-2 codes of the countries it covers") List<String> countries,
        List<Region> regions,
        Subjects subjects,
        LicenceRecord licence,
        @Schema(description = "Related courses, exchanges, resources and pages (Dublin Core relation)") List<Relation> relations,
        List<FileRecord> files,
        NetworkRecord network,
        @Schema(description = "An illustrative sample, not a real case") boolean example,
        Instant publishedAt,
        Instant updatedAt,
        Links links) {

    public record CreatorRecord(String name, Creator.Kind kind, UUID organisation) {
    }

    public record Subjects(List<ExpertiseTopic> themes, List<Integer> sdgGoals, List<String> sdgTargets,
            List<Integer> sendaiPriorities, List<String> sendaiTargets) {
    }

    public record LicenceRecord(String code, String name, String url, String note) {
    }

    public record Relation(ResourceLink.Kind kind, String url, String label) {
    }

    public record FileRecord(UUID id, String name, String mediaType, long sizeBytes, String download) {
    }

    public record NetworkRecord(UUID id, String slug, String name) {
    }

    public record Links(String self, String html) {
    }
}
