package org.collegium.academy.media.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.collegium.academy.MediaContent;
import org.collegium.academy.MediaFileId;
import org.collegium.academy.MediaFileSummary;
import org.collegium.academy.MediaKind;
import org.collegium.academy.MediaLibrary;
import org.collegium.shared.files.ContentDispositions;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves stored files to those who may read them. Returning the file as a {@link Resource} lets Spring MVC answer
 * range requests (206 with Content-Range, 416 with {@code bytes *}{@code /size} beyond the end) through its
 * {@code HttpRange}/{@code ResourceRegion} support, and If-None-Match with 304 from the ETag (the content's hash).
 */
@Controller
class MediaController {

    private final MediaLibrary media;

    MediaController(MediaLibrary media) {
        this.media = media;
    }

    @GetMapping("/media/{id}")
    ResponseEntity<Resource> show(@PathVariable UUID id) {
        return serve(id, false);
    }

    @GetMapping("/media/{id}/download")
    ResponseEntity<Resource> download(@PathVariable UUID id) {
        return serve(id, true);
    }

    private ResponseEntity<Resource> serve(UUID id, boolean download) {
        MediaContent content = media.open(CurrentAccount.optional(), new MediaFileId(id));
        MediaFileSummary file = content.file();
        MediaType type = MediaType.parseMediaType(file.mediaType());
        if (file.kind() == MediaKind.CAPTIONS) {
            type = new MediaType(type, StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .contentType(type)
                .eTag("\"" + file.sha256() + "\"")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDispositions.of(download || !file.kind().isShownInline(), file.fileName()))
                .body(content.resource());
    }
}
