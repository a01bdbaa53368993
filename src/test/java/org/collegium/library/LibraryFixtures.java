package org.collegium.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Real files for the library's tests: PDFs written with OpenPDF (one carrying a script), a minimal but valid Word
 * document, a zip bomb dressed as one, and images of a chosen size.
 */
public final class LibraryFixtures {

    private LibraryFixtures() {
    }

    public static byte[] pdf(String text) {
        return pdf(text, null);
    }

    /** A PDF that runs a script when a reader opens it (if the reader runs scripts). */
    public static byte[] pdfWithJavaScript(String text) {
        return pdf(text, "app.alert('This PDF carries a script');");
    }

    private static byte[] pdf(String text, String script) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter writer = PdfWriter.getInstance(document, bytes);
        document.open();
        if (script != null) {
            writer.addJavaScript(script);
        }
        document.add(new Paragraph(text));
        document.close();
        return bytes.toByteArray();
    }

    /** A Word document (OOXML) with one paragraph: the parts a reader needs, and no more. */
    public static byte[] docx(String text) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                </Types>""");
        parts.put("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                </Relationships>""");
        parts.put("word/document.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                <w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body>
                </w:document>""".formatted(text));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        parts.forEach((name, content) -> entries.put(name, content.getBytes(StandardCharsets.UTF_8)));
        return zip(entries);
    }

    /** A small archive named like a Word document that unpacks to a thousand times its size. */
    public static byte[] zipBombDocx() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        entries.put("word/document.xml", new byte[16 * 1024 * 1024]);
        return zip(entries);
    }

    /** A PNG head followed by bytes that do not compress, of the given size. */
    public static byte[] png(int size) {
        byte[] head = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] bytes = new byte[Math.max(size, head.length)];
        for (int i = head.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + i / 7);
        }
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
