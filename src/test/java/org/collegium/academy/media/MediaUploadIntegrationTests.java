package org.collegium.academy.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.MediaFileSummary;
import org.collegium.academy.MediaKind;
import org.collegium.academy.MediaLibrary;
import org.collegium.academy.MediaRefusal;
import org.collegium.academy.NewMediaFile;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.hamcrest.Matchers;
import org.collegium.shared.files.FilesystemFileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Uploading to an academy's media library: its staff may, nobody else; refused files leave nothing behind, on disk
 * or in the database, and the form says why in the uploader's language.
 */
@CollegiumIntegrationTest
class MediaUploadIntegrationTests {

    private final MockMvc mvc;
    private final JdbcTemplate jdbc;
    private final MediaLibrary media;
    private final FilesystemFileStore store;
    private final MediaFixtures fixtures;

    private String administrator;
    private AcademySummary academy;

    @Autowired
    MediaUploadIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles, Academies academies,
            AcademyStaff staff, UserDetailsService users, MediaLibrary media, FilesystemFileStore store) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.media = media;
        this.store = store;
        this.fixtures = new MediaFixtures(jdbc, accounts, roles, academies, staff, users);
    }

    @BeforeEach
    void anAcademy() {
        administrator = fixtures.account("admin");
        academy = fixtures.academy(administrator);
    }

    @Test
    void anAdministratorUploadsAVideoAndFindsItListed() throws Exception {
        byte[] video = TestMedia.mp4(4096);
        upload(administrator, "Module 1 – introduction.mp4", video)
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/academies/" + academy.slug() + "/manage/media"));

        List<MediaFileSummary> files = media.filesOf(fixtures.idOf(administrator), academy.id());
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.kind()).isEqualTo(MediaKind.VIDEO);
            assertThat(file.mediaType()).isEqualTo("video/mp4");
            assertThat(file.fileName()).isEqualTo("Module 1 – introduction.mp4");
            assertThat(file.size()).isEqualTo(video.length);
            assertThat(file.sha256()).isEqualTo(sha256(video));
            assertThat(file.publiclyReadable()).isFalse();
        });
        String key = jdbc.queryForObject("SELECT storage_key FROM media_file WHERE id = ?", String.class,
                files.getFirst().id().value());
        Path stored = store.root().resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
        assertThat(stored).hasBinaryContent(video);
        assertThat(key).doesNotContain("Module");

        mvc.perform(get("/academies/{slug}/manage/media", academy.slug()).with(fixtures.as(administrator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Module 1 – introduction.mp4")))
                .andExpect(content().string(Matchers.containsString("4.0 KB")));
    }

    @Test
    void aFacilitatorOfTheAcademyUploadsEveryKind() throws Exception {
        String facilitator = fixtures.facilitatorOf(academy, administrator);
        upload(facilitator, "talk.webm", TestMedia.webm()).andExpect(status().is3xxRedirection());
        upload(facilitator, "talk.mp3", TestMedia.mp3WithTag()).andExpect(status().is3xxRedirection());
        upload(facilitator, "talk.ogg", TestMedia.ogg()).andExpect(status().is3xxRedirection());
        upload(facilitator, "slides.pdf", TestMedia.pdf()).andExpect(status().is3xxRedirection());
        upload(facilitator, "notes.docx", TestMedia.docx()).andExpect(status().is3xxRedirection());
        upload(facilitator, "budget.xlsx", TestMedia.xlsx()).andExpect(status().is3xxRedirection());
        upload(facilitator, "slides.pptx", TestMedia.pptx()).andExpect(status().is3xxRedirection());
        upload(facilitator, "talk.vtt", TestMedia.vtt()).andExpect(status().is3xxRedirection());
        upload(facilitator, "map.png", TestMedia.png()).andExpect(status().is3xxRedirection());
        upload(facilitator, "photo", TestMedia.jpeg()).andExpect(status().is3xxRedirection());

        assertThat(media.filesOf(fixtures.idOf(facilitator), academy.id()))
                .extracting(MediaFileSummary::fileName)
                .containsExactlyInAnyOrder("talk.webm", "talk.mp3", "talk.ogg", "slides.pdf", "notes.docx",
                        "budget.xlsx", "slides.pptx", "talk.vtt", "map.png", "photo.jpg");
    }

    @Test
    void anAdministratorOfAnotherAcademyAndALearnerAreRefusedAndNothingIsStored() throws Exception {
        String other = fixtures.account("other-admin");
        fixtures.academy(other);
        String learner = fixtures.learnerOf(academy);
        List<Path> before = filesOnDisk();
        for (String someone : new String[] {other, learner, fixtures.account("stranger")}) {
            upload(someone, "intrusion.pdf", TestMedia.pdf()).andExpect(status().isForbidden());
            mvc.perform(get("/academies/{slug}/manage/media", academy.slug()).with(fixtures.as(someone)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/academies/{slug}/manage/media", academy.slug())
                        .file(new MockMultipartFile("file", "anonymous.pdf", "application/pdf", TestMedia.pdf()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThatThrownBy(() -> media.upload(fixtures.idOf(other), academy.id(), file("direct.pdf", TestMedia.pdf())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(rowsOf(academy)).isZero();
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    void refusesWhatTheContentDoesNotJustifyAndKeepsNothing() throws Exception {
        List<Path> before = filesOnDisk();
        expectRefusal(upload(administrator, "lecture.mp4", TestMedia.pdf()), "does not match its name");
        expectRefusal(upload(administrator, "report.pdf", TestMedia.html()), "does not match its name");
        expectRefusal(upload(administrator, "page.html", TestMedia.html()), "This type of file is not allowed");
        expectRefusal(upload(administrator, "archive.zip", TestMedia.docx()), "This type of file is not allowed");
        expectRefusal(upload(administrator, "notes.docx", TestMedia.xlsx()), "does not match its name");
        expectRefusal(upload(administrator, "photo.png", TestMedia.pdf()), "does not match its name");
        byte[] bomb = TestMedia.zip(java.util.Map.of("[Content_Types].xml", new byte[10],
                "word/document.xml", new byte[8 * 1024 * 1024]));
        expectRefusal(upload(administrator, "bomb.docx", bomb), "its archive is damaged, too large once unpacked");
        byte[] traversal = TestMedia.zip(java.util.Map.of("[Content_Types].xml", new byte[10],
                "word/document.xml", new byte[10], "../../../etc/cron.d/evil", new byte[10]));
        expectRefusal(upload(administrator, "evil.docx", traversal), "unsafe paths");

        assertThat(rowsOf(academy)).isZero();
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    void refusesAFileOverTheLimitOfItsKindBeforeStoringAnything() throws Exception {
        List<Path> before = filesOnDisk();
        byte[] captions = TestMedia.padded("WEBVTT\n\n".getBytes(StandardCharsets.US_ASCII), 1024 * 1024 + 1);
        java.util.Arrays.fill(captions, 8, captions.length, (byte) 'a');
        expectRefusal(upload(administrator, "long.vtt", captions), "may weigh at most 1 MB");
        byte[] image = TestMedia.padded(TestMedia.png(), 5 * 1024 * 1024 + 1);
        expectRefusal(upload(administrator, "huge.png", image), "may weigh at most 5 MB");

        assertThat(rowsOf(academy)).isZero();
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    void aContentLongerThanAnnouncedIsCutOffWhileStaging() {
        List<Path> before = filesOnDisk();
        byte[] captions = TestMedia.padded("WEBVTT\n\n".getBytes(StandardCharsets.US_ASCII), 2 * 1024 * 1024);
        java.util.Arrays.fill(captions, 8, captions.length, (byte) 'a');
        NewMediaFile lying = new NewMediaFile("long.vtt", 1000, new ByteArrayResource(captions), null, false, null);
        assertThatThrownBy(() -> media.upload(fixtures.idOf(administrator), academy.id(), lying))
                .isInstanceOfSatisfying(MediaRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("media.upload.too-large"));
        assertThat(rowsOf(academy)).isZero();
        assertThat(filesOnDisk()).isEqualTo(before);
    }

    @Test
    void explainsARefusalInTheUploadersLanguageAndKeepsTheChoices() throws Exception {
        String francophone = fixtures.facilitatorOf(academy, administrator, Locale.FRENCH);
        mvc.perform(multipart("/academies/{slug}/manage/media", academy.slug())
                        .file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", TestMedia.html()))
                        .param("language", "fr").param("publiclyReadable", "true")
                        .with(fixtures.as(francophone)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("ne correspond pas à son nom")))
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"file-hint file-error\"")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*<option value=\"fr\"[^>]*selected.*")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*id=\"publiclyReadable\"[^>]*checked.*")));
        assertThat(rowsOf(academy)).isZero();
    }

    @Test
    void refusesAnEmptyUploadAndAnUnknownLanguage() throws Exception {
        expectRefusal(upload(administrator, "empty.pdf", new byte[0]), "Choose a file to upload");
        mvc.perform(multipart("/academies/{slug}/manage/media", academy.slug())
                        .file(new MockMultipartFile("file", "talk.vtt", "text/vtt", TestMedia.vtt()))
                        .param("language", "xx").with(fixtures.as(administrator)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString("Choose a language from the list")));
        assertThat(rowsOf(academy)).isZero();
    }

    private ResultActions upload(String email, String name, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/academies/{slug}/manage/media", academy.slug())
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes))
                .with(fixtures.as(email)).with(csrf()));
    }

    private static void expectRefusal(ResultActions result, String message) throws Exception {
        result.andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.containsString(message)));
    }

    private static NewMediaFile file(String name, byte[] bytes) {
        return new NewMediaFile(name, bytes.length, new ByteArrayResource(bytes), null, false, null);
    }

    private int rowsOf(AcademySummary academy) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM media_file WHERE academy_id = ?", Integer.class,
                academy.id().value());
    }

    private List<Path> filesOnDisk() {
        if (!Files.exists(store.root())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(store.root())) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
