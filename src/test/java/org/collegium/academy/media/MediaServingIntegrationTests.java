package org.collegium.academy.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.collegium.CollegiumIntegrationTest;
import java.util.Optional;
import java.util.Set;

import org.collegium.academy.CourseRuns;
import org.collegium.academy.Courses;
import org.collegium.academy.EnrolledCourses;
import org.collegium.academy.Enrolments;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.MediaFileSummary;
import org.collegium.academy.MediaLibrary;
import org.collegium.academy.NewMediaFile;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Serving stored files: ranges for seeking in a video, revalidation by ETag, headers that keep browsers from
 * guessing types or running anything, and the read rule for private files.
 */
@CollegiumIntegrationTest
class MediaServingIntegrationTests {

    private static final int SIZE = 10_000;

    private final MockMvc mvc;
    private final MediaLibrary media;
    private final MediaFixtures fixtures;
    private final EnrolledCourses courses;

    private String administrator;
    private AcademySummary academy;
    private byte[] video;
    private MediaFileSummary publicVideo;

    @Autowired
    MediaServingIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles,
            Academies academies, AcademyStaff staff, UserDetailsService users, MediaLibrary media, Courses courses,
            CourseRuns runs, Enrolments enrolments) {
        this.mvc = mvc;
        this.courses = new EnrolledCourses(courses, runs, enrolments);
        this.media = media;
        this.fixtures = new MediaFixtures(jdbc, accounts, roles, academies, staff, users);
    }

    @BeforeEach
    void aPublicVideo() {
        administrator = fixtures.account("admin");
        academy = fixtures.academy(administrator);
        video = TestMedia.mp4(SIZE);
        publicVideo = store("Séance 1 – accueil.mp4", video, true);
    }

    @Test
    void servesTheWholeFileWithSafeHeaders() throws Exception {
        mvc.perform(get(publicVideo.href()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "video/mp4"))
                .andExpect(header().longValue("Content-Length", SIZE))
                .andExpect(header().string("Accept-Ranges", "bytes"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("ETag", "\"" + publicVideo.sha256() + "\""))
                .andExpect(header().string("Cache-Control", Matchers.allOf(Matchers.containsString("private"),
                        Matchers.containsString("no-cache"))))
                .andExpect(header().string("Content-Disposition",
                        "inline; filename=\"Seance 1 _ accueil.mp4\"; "
                                + "filename*=UTF-8''S%C3%A9ance%201%20%E2%80%93%20accueil.mp4"))
                .andExpect(content().bytes(video));
    }

    @Test
    void theDownloadVariantAndDocumentsAreAttachments() throws Exception {
        mvc.perform(get(publicVideo.downloadHref()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment; ")));
        MediaFileSummary pdf = store("slides.pdf", TestMedia.pdf(), true);
        mvc.perform(get(pdf.href()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"slides.pdf\"; filename*=UTF-8''slides.pdf"));
        MediaFileSummary captions = store("captions.vtt", TestMedia.vtt(), true);
        mvc.perform(get(captions.href()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/vtt;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline; ")));
    }

    @Test
    void answersTheFirstBytes() throws Exception {
        MvcResult result = mvc.perform(get(publicVideo.href()).header("Range", "bytes=0-99"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 0-99/" + SIZE))
                .andExpect(header().longValue("Content-Length", 100))
                .andExpect(header().string("Accept-Ranges", "bytes"))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(video, 0, 100));
    }

    @Test
    void answersARangeInTheMiddle() throws Exception {
        MvcResult result = mvc.perform(get(publicVideo.href()).header("Range", "bytes=4000-4999"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 4000-4999/" + SIZE))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(Arrays.copyOfRange(video, 4000, 5000));
    }

    @Test
    void answersTheLastBytes() throws Exception {
        MvcResult result = mvc.perform(get(publicVideo.href()).header("Range", "bytes=-100"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes " + (SIZE - 100) + "-" + (SIZE - 1) + "/" + SIZE))
                .andReturn();
        assertThat(result.getResponse().getContentAsByteArray())
                .isEqualTo(Arrays.copyOfRange(video, SIZE - 100, SIZE));
        mvc.perform(get(publicVideo.href()).header("Range", "bytes=9990-"))
                .andExpect(status().isPartialContent())
                .andExpect(header().string("Content-Range", "bytes 9990-9999/" + SIZE));
    }

    @Test
    void refusesARangeBeyondTheEnd() throws Exception {
        mvc.perform(get(publicVideo.href()).header("Range", "bytes=" + SIZE + "-" + (SIZE + 100)))
                .andExpect(status().isRequestedRangeNotSatisfiable())
                .andExpect(header().string("Content-Range", "bytes */" + SIZE));
    }

    @Test
    void answersNotModifiedWhenTheCopyIsCurrent() throws Exception {
        mvc.perform(get(publicVideo.href()).header("If-None-Match", "\"" + publicVideo.sha256() + "\""))
                .andExpect(status().isNotModified())
                .andExpect(content().bytes(new byte[0]));
        mvc.perform(get(publicVideo.href()).header("If-None-Match", "\"something-else\""))
                .andExpect(status().isOk());
    }

    @Test
    void privateFilesAreForTheAcademysStaffOnly() throws Exception {
        MediaFileSummary secret = store("draft.mp4", video, false);
        String learner = fixtures.learnerOf(academy);
        String other = fixtures.account("other-admin");
        fixtures.academy(other);
        mvc.perform(get(secret.href())).andExpect(status().is3xxRedirection());
        mvc.perform(get(secret.href()).with(fixtures.as(learner))).andExpect(status().isForbidden());
        mvc.perform(get(secret.downloadHref()).with(fixtures.as(other))).andExpect(status().isForbidden());
        mvc.perform(get(secret.href()).header("Range", "bytes=0-9").with(fixtures.as(other)))
                .andExpect(status().isForbidden());
        mvc.perform(get(secret.href()).with(fixtures.as(administrator)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(video));
        String facilitator = fixtures.facilitatorOf(academy, administrator);
        mvc.perform(get(secret.href()).with(fixtures.as(facilitator))).andExpect(status().isOk());
    }

    @Test
    void aPrivateFileOfAnActivityIsForTheCoursesEnrolledLearnersToo() throws Exception {
        String enrolled = fixtures.learnerOf(academy);
        String notEnrolled = fixtures.learnerOf(academy);
        EnrolledCourses.Course course = courses.create(fixtures.idOf(administrator), academy.id(),
                Set.of(fixtures.idOf(enrolled)));
        MediaFileSummary handout = media.upload(fixtures.idOf(administrator), academy.id(), new NewMediaFile(
                "handout.mp4", video.length, new ByteArrayResource(video), course.page(), false, null));
        mvc.perform(get(handout.href()).with(fixtures.as(enrolled)))
                .andExpect(status().isOk())
                .andExpect(content().bytes(video));
        mvc.perform(get(handout.downloadHref()).with(fixtures.as(notEnrolled))).andExpect(status().isForbidden());
        assertThat(media.mayRead(Optional.of(fixtures.idOf(notEnrolled)), handout)).isFalse();
        assertThat(media.mayRead(Optional.empty(), handout)).isFalse();
        MediaFileSummary unattached = store("library.mp4", video, false);
        mvc.perform(get(unattached.href()).with(fixtures.as(enrolled))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownFileIsNotFound() throws Exception {
        mvc.perform(get("/media/{id}", java.util.UUID.randomUUID())).andExpect(status().isNotFound());
    }

    private MediaFileSummary store(String name, byte[] bytes, boolean publiclyReadable) {
        return media.upload(fixtures.idOf(administrator), academy.id(),
                new NewMediaFile(name, bytes.length, new ByteArrayResource(bytes), null, publiclyReadable, null));
    }
}
