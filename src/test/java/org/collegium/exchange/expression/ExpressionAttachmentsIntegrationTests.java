package org.collegium.exchange.expression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.collegium.exchange.expression.ExpressionFixtures.BRUSSELS;
import static org.collegium.exchange.expression.ExpressionFixtures.twoPractitioners;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.collegium.CollegiumIntegrationTest;
import org.collegium.exchange.ExchangeRefusal;
import org.collegium.exchange.expression.ExpressionFixtures.Municipality;
import org.collegium.exchange.expression.ExpressionFixtures.World;
import org.collegium.shared.files.FilesystemFileStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Attachments of expressions: the type from the content, the limits, who reads, and nothing kept on refusal. */
@CollegiumIntegrationTest
class ExpressionAttachmentsIntegrationTests {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    private final ExpressionsOfInterest expressions;
    private final ExpressionAttachments attachments;
    private final ExpressionFixtures fixtures;
    private final FilesystemFileStore store;
    private final JdbcTemplate jdbc;
    private World world;
    private ExpressionOfInterestId id;

    @Autowired
    ExpressionAttachmentsIntegrationTests(ExpressionsOfInterest expressions, ExpressionAttachments attachments,
            ExpressionFixtures fixtures, FilesystemFileStore store, JdbcTemplate jdbc) {
        this.expressions = expressions;
        this.attachments = attachments;
        this.fixtures = fixtures;
        this.store = store;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void aDraft() {
        world = fixtures.world();
        id = expressions.draft(world.focalPoint(), world.request(), world.municipality(), twoPractitioners(world));
    }

    @Test
    void pdfOfficeOpenDocumentAndImagesAreKeptUnderTheirSafeNameAndReadByTheSamePeopleAsTheExpression()
            throws IOException {
        AttachmentView pdf = attach("../Budget plan 2027.pdf", PDF);
        AttachmentView docx = attach("Proposal.docx", docx());
        AttachmentView odt = attach("Note.odt", org.collegium.shared.files.OpenDocumentFixtures
                .openDocument("application/vnd.oasis.opendocument.text"));
        AttachmentView png = attach("Map", PNG);

        assertThat(pdf.name()).isEqualTo("Budget plan 2027.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(docx.mediaType()).endsWith("wordprocessingml.document");
        assertThat(odt.mediaType()).isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(png.name()).isEqualTo("Map.png");
        assertThat(expressions.get(world.first(), id).attachments()).extracting(AttachmentView::id)
                .containsExactly(pdf.id(), docx.id(), odt.id(), png.id());
        assertThat(attachments.open(world.first(), id, pdf.id()).resource().getContentAsByteArray()).isEqualTo(PDF);

        Municipality other = fixtures.municipality(world, "BE");
        assertThatThrownBy(() -> attachments.open(other.focalPoint(), id, pdf.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attachments.open(world.secretariat(), id, pdf.id()))
                .isInstanceOf(AccessDeniedException.class);
        expressions.submit(world.focalPoint(), id);
        assertThat(attachments.open(world.secretariat(), id, pdf.id()).attachment().name())
                .isEqualTo("Budget plan 2027.pdf");

        attachments.detach(world.focalPoint(), id, docx.id());
        assertThat(expressions.get(world.focalPoint(), id).attachments()).hasSize(3);
    }

    @Test
    void refusedFilesLeaveNoRowAndNoFile() throws IOException {
        attach("a.pdf", PDF);
        long rows = rows();
        long files = files();

        assertRefused(() -> attach("page.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        assertRefused(() -> attach("photo.pdf", PNG));
        byte[] plain = zip("notes.txt");
        assertRefused(() -> attach("plain.zip", plain));
        assertRefused(() -> attach("big.pdf", Arrays.copyOf(PDF, (int) ExpressionAttachments.MAX_BYTES + 1)));
        assertThatThrownBy(() -> attach("a.pdf", PDF, fixtures.municipality(world, "NL").focalPoint()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rows()).isEqualTo(rows);
        assertThat(files()).isEqualTo(files);

        for (int i = 0; i < 4; i++) {
            attach("more " + i + ".pdf", PDF);
        }
        assertRefused(() -> attach("sixth.pdf", PDF));
        fixtures.moveDeadline(world, LocalDateTime.now(BRUSSELS).minusSeconds(1));
        long full = files();
        AttachmentView first = expressions.get(world.focalPoint(), id).attachments().getFirst();
        assertRefused(() -> attachments.detach(world.focalPoint(), id, first.id()));
        assertThat(files()).isEqualTo(full);
        assertThat(rows()).isEqualTo(rows + 4);
    }

    private AttachmentView attach(String name, byte[] content) {
        return attach(name, content, world.focalPoint());
    }

    private AttachmentView attach(String name, byte[] content, org.collegium.identity.AccountId actor) {
        return attachments.attach(actor, id, name, content.length, new ByteArrayResource(content));
    }

    private long rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM exchange_expression_attachment WHERE expression_id = ?",
                Long.class, id.value());
    }

    private long files() throws IOException {
        if (!Files.exists(store.root())) {
            return 0;
        }
        try (Stream<Path> paths = Files.walk(store.root())) {
            return paths.filter(Files::isRegularFile).count();
        }
    }

    private static void assertRefused(Runnable action) {
        assertThatThrownBy(action::run).isInstanceOf(ExchangeRefusal.class);
    }

    static byte[] docx() throws IOException {
        return zip("[Content_Types].xml", "word/document.xml");
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : List.of(names)) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
