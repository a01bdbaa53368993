package org.collegium.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class OpenDocumentSniffingTests {

    @Test
    void anOpenDocumentFileShowsItsTypeInItsFirstBytes() throws IOException {
        assertThat(ContentSniffer.sniff(head(OpenDocumentFixtures.openDocument("application/vnd.oasis.opendocument.text"))))
                .contains(FileFormat.ODT);
        assertThat(ContentSniffer.sniff(head(OpenDocumentFixtures.openDocument("application/vnd.oasis.opendocument.spreadsheet"))))
                .contains(FileFormat.ODS);
        assertThat(ContentSniffer.sniff(head(OpenDocumentFixtures.openDocument("application/vnd.oasis.opendocument.presentation"))))
                .contains(FileFormat.ODP);
    }

    @Test
    void otherArchivesStayPlainArchives() throws IOException {
        assertThat(ContentSniffer.sniff(head(OpenDocumentFixtures.openDocument("application/vnd.oasis.opendocument.text-template"))))
                .contains(FileFormat.ZIP);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThat(ContentSniffer.sniff(head(bytes.toByteArray()))).contains(FileFormat.ZIP);
    }

    private static byte[] head(byte[] content) {
        return java.util.Arrays.copyOf(content, Math.min(content.length, ContentSniffer.HEAD_LENGTH));
    }
}
