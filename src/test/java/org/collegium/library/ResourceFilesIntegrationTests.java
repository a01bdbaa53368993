package org.collegium.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.identity.AccountId;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.collegium.library.files.ResourceFiles;
import org.collegium.library.resource.Resources;
import org.collegium.network.DirectoryEditing;
import org.collegium.network.OrganisationSummary;
import org.collegium.shared.files.FilesystemFileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Files attached to resources, through the pages and the service, on the real database and file store: each bad
 * upload refused before anything is kept, text read by Tika from real PDF and Word files, downloads served inert,
 * and who may do what.
 */
@CollegiumIntegrationTest
class ResourceFilesIntegrationTests {

    private final MockMvc mvc;
    private final Resources resources;
    private final ResourceFiles files;
    private final LibraryTestData data;
    private final JdbcTemplate jdbc;
    private final Path storeRoot;

    private OrganisationSummary alga;
    private String member;
    private ResourceId draft;

    @Autowired
    ResourceFilesIntegrationTests(MockMvc mvc, Resources resources, ResourceFiles files, Accounts accounts,
            Roles roles, DirectoryEditing editing, UserDetailsService users, JdbcTemplate jdbc,
            FilesystemFileStore store) {
        this.mvc = mvc;
        this.resources = resources;
        this.files = files;
        this.data = new LibraryTestData(accounts, roles, editing, users);
        this.jdbc = jdbc;
        this.storeRoot = store.root();
    }

    @BeforeEach
    void aMemberWithADraft() {
        alga = data.network("ALGA");
        member = data.member();
        draft = resources.draft(data.idOf(member), LibraryTestData.caseStudy(alga, "Assainissement à Dogbo"));
    }

    @Test
    void aMemberAttachesAPdfWhoseTextIsReadForSearch() throws Exception {
        byte[] pdf = LibraryFixtures.pdf("Le compostage communautaire a réduit les déchets de Dogbo.");

        mvc.perform(upload(draft, "rapport final.pdf", pdf).with(user(data.user(member))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/library/resources/" + draft + "/files"));

        ResourceFileView file = resources.read(data.idOf(member), draft).files().getFirst();
        assertThat(file.originalName()).isEqualTo("rapport final.pdf");
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(file.sizeBytes()).isEqualTo(pdf.length);
        assertThat(extractedText(file.id())).contains("compostage communautaire a réduit les déchets");
        assertThat(storedName(file.id())).as("the server makes the name").doesNotContain("rapport")
                .matches("[0-9a-f-]{36}");
        mvc.perform(get("/library/resources/" + draft + "/files").with(user(data.user(member))).locale(Locale.FRENCH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rapport final.pdf")));
    }

    @Test
    void theTextOfAWordDocumentIsReadToo() throws Exception {
        files.upload(data.idOf(member), draft, "lessons.docx", LibraryFixtures.docx("x").length,
                source(LibraryFixtures.docx("Participatory budgeting in Kindia brought women into the assembly")));

        ResourceFileView file = resources.read(data.idOf(member), draft).files().getFirst();
        assertThat(file.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(extractedText(file.id())).contains("Participatory budgeting in Kindia brought women");
    }

    @Test
    void anOldExcelWorkbookIsToldApartByItsContainerAndItsTextRead() throws Exception {
        byte[] xls;
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Budget participatif de Kindia");
            workbook.write(bytes);
            xls = bytes.toByteArray();
        }

        expectRefusal("budget.doc", xls, "does not match the extension");
        mvc.perform(upload(draft, "budget.xls", xls).with(user(data.user(member)))).andExpect(status().is3xxRedirection());

        ResourceFileView file = resources.read(data.idOf(member), draft).files().getFirst();
        assertThat(file.mediaType()).isEqualTo("application/vnd.ms-excel");
        assertThat(extractedText(file.id())).contains("Budget participatif de Kindia");
    }

    @Test
    void anOpenDocumentTextIsAcceptedByItsContent() throws Exception {
        byte[] odt = org.collegium.shared.files.OpenDocumentFixtures.openDocument("application/vnd.oasis.opendocument.text");

        expectRefusal("minutes.ods", odt, "does not match the extension");
        mvc.perform(upload(draft, "minutes.odt", odt).with(user(data.user(member)))).andExpect(status().is3xxRedirection());

        assertThat(resources.read(data.idOf(member), draft).files()).singleElement()
                .satisfies(file -> assertThat(file.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text"));
    }

    @Test
    void aDocumentWhoseTextCannotBeReadIsKeptWithoutText() throws Exception {
        byte[] broken = LibraryFixtures.png(4096);
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, broken, 0, 9);

        mvc.perform(upload(draft, "damaged.pdf", broken).with(user(data.user(member))))
                .andExpect(status().is3xxRedirection());

        ResourceFileView file = resources.read(data.idOf(member), draft).files().getFirst();
        assertThat(file.mediaType()).isEqualTo("application/pdf");
        assertThat(extractedText(file.id())).isEmpty();
    }

    @Test
    void aPdfWithAScriptIsKeptButOnlyEverServedAsAnInertDownload() throws Exception {
        byte[] pdf = LibraryFixtures.pdfWithJavaScript("Un rapport avec un script.");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).as("the fixture carries a script").contains("/JavaScript");
        mvc.perform(upload(draft, "script.pdf", pdf).with(user(data.user(member)))).andExpect(status().is3xxRedirection());
        UUID file = resources.read(data.idOf(member), draft).files().getFirst().id();
        publish(draft);

        MvcResult download = mvc.perform(get("/library/resources/" + draft + "/files/" + file))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", containsString("filename=\"script.pdf\"")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", startsWith("sandbox;")))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'none'")))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
    }

    @Test
    void anImageOverItsLimitIsRefusedBeforeAnythingIsStored() throws Exception {
        List<Path> before = filesInStore();

        mvc.perform(upload(draft, "photo.png", LibraryFixtures.png(10 * 1024 * 1024 + 1)).with(user(data.user(member))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("at most 10 MB")));

        assertThat(filesInStore()).isEqualTo(before);
        assertThat(fileRows()).isZero();
    }

    @Test
    void contentThatGrowsPastTheLimitWhileStreamingIsRefusedAndNothingIsKept() throws Exception {
        List<Path> before = filesInStore();
        // The announced size lies: the stream goes on past the 10 MB of an image.
        InputStreamSource endless = () -> new SequenceInputStream(new ByteArrayInputStream(LibraryFixtures.png(64)),
                zeros(11 * 1024 * 1024));

        assertThatThrownBy(() -> files.upload(data.idOf(member), draft, "photo.png", 1024, endless))
                .isInstanceOfSatisfying(LibraryRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo("libraryfiles.refusal.too-large"));

        assertThat(filesInStore()).isEqualTo(before);
        assertThat(fileRows()).isZero();
    }

    @Test
    void aFileWhoseContentDoesNotMatchItsNameIsRefused() throws Exception {
        List<Path> before = filesInStore();

        expectRefusal("report.pdf", LibraryFixtures.png(200), "does not match the extension");
        expectRefusal("photo.png", LibraryFixtures.pdf("A PDF"), "does not match the extension");
        expectRefusal("notes.xlsx", LibraryFixtures.docx("A Word document"), "does not match the extension");
        expectRefusal("page.html", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "type of file is not accepted");
        expectRefusal("archive.zip", LibraryFixtures.zip(java.util.Map.of("a.txt", new byte[10])),
                "type of file is not accepted");

        assertThat(filesInStore()).isEqualTo(before);
        assertThat(fileRows()).isZero();
    }

    @Test
    void aZipBombDressedAsAWordDocumentIsRefused() throws Exception {
        List<Path> before = filesInStore();

        expectRefusal("bomb.docx", LibraryFixtures.zipBombDocx(), "unpacks to far more than it weighs");

        assertThat(filesInStore()).isEqualTo(before);
        assertThat(fileRows()).isZero();
    }

    @Test
    void whenAttachingFailsTheStoredFileIsDeletedAgain() throws Exception {
        for (int i = 0; i < 20; i++) {
            jdbc.update("INSERT INTO library_resource_file (id, resource_id, stored_name, original_name, media_type, "
                    + "size_bytes, uploaded_by, uploaded_at) VALUES (?, ?, ?, 'f.pdf', 'application/pdf', 1, ?, "
                    + "CURRENT_TIMESTAMP)", UUID.randomUUID(), draft.value(), UUID.randomUUID().toString(),
                    data.idOf(member).value());
        }
        List<Path> before = filesInStore();

        expectRefusal("one-too-many.pdf", LibraryFixtures.pdf("Twenty-first"), "20");

        assertThat(filesInStore()).as("kept, then deleted when the resource refused it").isEqualTo(before);
        assertThat(fileRows()).isEqualTo(20);
    }

    @Test
    void removingAFileDeletesItsRowAndItsBytes() throws Exception {
        List<Path> before = filesInStore();
        mvc.perform(upload(draft, "plan.pdf", LibraryFixtures.pdf("Plan")).with(user(data.user(member))))
                .andExpect(status().is3xxRedirection());
        UUID file = resources.read(data.idOf(member), draft).files().getFirst().id();
        assertThat(filesInStore()).hasSize(before.size() + 1);

        mvc.perform(post("/library/resources/" + draft + "/files/" + file + "/remove").with(csrf())
                        .with(user(data.user(member))))
                .andExpect(status().is3xxRedirection());

        assertThat(fileRows()).isZero();
        assertThat(filesInStore()).isEqualTo(before);
    }

    @Test
    void onlyThoseWhoMayChangeTheResourceAttachAndOnlyThoseWhoSeeItDownload() throws Exception {
        byte[] pdf = LibraryFixtures.pdf("Private draft");
        files.upload(data.idOf(member), draft, "draft.pdf", pdf.length, source(pdf));
        UUID file = resources.read(data.idOf(member), draft).files().getFirst().id();
        String stranger = data.member();
        String otherEditor = data.editorOf(data.network("NALAS"));

        mvc.perform(upload(draft, "x.pdf", pdf).with(user(data.user(stranger)))).andExpect(status().isNotFound());
        mvc.perform(upload(draft, "x.pdf", pdf).with(user(data.user(otherEditor)))).andExpect(status().isNotFound());
        mvc.perform(get("/library/resources/" + draft + "/files/" + file).with(user(data.user(stranger))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/library/resources/" + draft + "/files/" + file)).andExpect(status().isNotFound());
        mvc.perform(get("/library/resources/" + draft + "/files/" + UUID.randomUUID()).with(user(data.user(member))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/library/resources/" + draft + "/files/" + file).with(user(data.user(data.editorOf(alga)))))
                .andExpect(status().isOk());

        publish(draft);
        mvc.perform(upload(draft, "x.pdf", pdf).with(user(data.user(stranger)))).andExpect(status().isForbidden());
        mvc.perform(get("/library/resources/" + draft + "/files").with(user(data.user(stranger))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/library/resources/" + draft + "/files/" + file + "/remove").with(csrf())
                .with(user(data.user(otherEditor)))).andExpect(status().isForbidden());
        assertThatThrownBy(() -> files.upload(data.idOf(member), draft, "late.pdf", pdf.length, source(pdf)))
                .as("a published resource is changed by its editors only").isInstanceOf(AccessDeniedException.class);
        mvc.perform(get("/library/resources/" + draft + "/files/" + file)).andExpect(status().isOk());
        assertThat(fileRows()).isEqualTo(1);
    }

    @Test
    void theResourcePageLinksToTheFilesPageForThoseWhoMayChangeItOnly() throws Exception {
        String link = "/library/resources/" + draft + "/files\"";
        mvc.perform(get("/library/resources/" + draft).with(user(data.user(member))))
                .andExpect(content().string(containsString(link)));
        publish(draft);
        mvc.perform(get("/library/resources/" + draft))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(link))));
    }

    private void expectRefusal(String name, byte[] bytes, String message) throws Exception {
        mvc.perform(upload(draft, name, bytes).with(user(data.user(member))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(message)));
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            ResourceId id, String name, byte[] bytes) {
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder) multipart(
                "/library/resources/" + id + "/files")
                .file(new MockMultipartFile("file", name, "application/octet-stream", bytes)).with(csrf());
    }

    private static InputStreamSource source(byte[] bytes) {
        return () -> new ByteArrayInputStream(bytes);
    }

    private static InputStream zeros(int size) {
        return new ByteArrayInputStream(new byte[size]);
    }

    private void publish(ResourceId id) {
        jdbc.update("UPDATE library_resource SET status = 'PUBLISHED', published_at = CURRENT_TIMESTAMP WHERE id = ?",
                id.value());
    }

    private String extractedText(UUID file) {
        return jdbc.queryForObject("SELECT extracted_text FROM library_resource_file WHERE id = ?", String.class, file);
    }

    private String storedName(UUID file) {
        return jdbc.queryForObject("SELECT stored_name FROM library_resource_file WHERE id = ?", String.class, file);
    }

    private int fileRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM library_resource_file WHERE resource_id = ?", Integer.class,
                draft.value());
    }

    private List<Path> filesInStore() throws IOException {
        if (!Files.exists(storeRoot)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(storeRoot)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
