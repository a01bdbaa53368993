package org.collegium.academy.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.AcademyId;
import org.collegium.academy.MediaFileId;
import org.collegium.academy.MediaFileSummary;
import org.collegium.academy.MediaKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The video fragment course pages include: a player with captions, a download link and a transcript link.
 */
@CollegiumIntegrationTest
class VideoPlayerIntegrationTests {

    private final ITemplateEngine templates;

    @Autowired
    VideoPlayerIntegrationTests(ITemplateEngine templates) {
        this.templates = templates;
    }

    @Test
    void showsTheVideoWithItsCaptionsAndADownloadLink() {
        MediaFileSummary video = file(MediaKind.VIDEO, "video/mp4", "talk.mp4", 3 * 1024 * 1024, null);
        MediaFileSummary captions = file(MediaKind.CAPTIONS, "text/vtt", "talk.vtt", 2048, "fr");
        String html = render(video, captions, Locale.ENGLISH);
        assertThat(html).contains("<video controls preload=\"metadata\"")
                .contains("<source src=\"/media/" + video.id().value() + "\" type=\"video/mp4\">")
                .contains("<track kind=\"captions\" src=\"/media/" + captions.id().value() + "\" srclang=\"fr\" label=\"Français\"")
                .contains("href=\"/media/" + video.id().value() + "/download\"")
                .contains("Download the video for slow connections").contains("3.0 MB")
                .contains("Read the transcript");
        assertThat(render(video, captions, Locale.FRENCH)).contains("connexions lentes").contains("3,0 Mo");
    }

    @Test
    void withoutCaptionsHasNeitherTrackNorTranscript() {
        MediaFileSummary video = file(MediaKind.VIDEO, "video/webm", "talk.webm", 5000, null);
        String html = render(video, null, Locale.ENGLISH);
        assertThat(html).contains("type=\"video/webm\"").doesNotContain("<track").doesNotContain("transcript");
    }

    private String render(MediaFileSummary video, MediaFileSummary captions, Locale locale) {
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext);
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        Map<String, Object> variables = new HashMap<>();
        variables.put("file", video);
        variables.put("captions", captions);
        return templates.process("academy/media/player", Set.of("video"),
                new WebContext(exchange, locale, variables)).replaceAll("\\s+", " ");
    }

    private static MediaFileSummary file(MediaKind kind, String type, String name, long size, String language) {
        return new MediaFileSummary(new MediaFileId(UUID.randomUUID()), new AcademyId(UUID.randomUUID()), null, kind,
                type, name, size, "ab".repeat(32), true, language, Instant.now(), null);
    }
}
