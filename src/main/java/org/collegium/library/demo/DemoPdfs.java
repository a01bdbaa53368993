package org.collegium.library.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/** Writes the demo documents' PDFs: a title and paragraphs in Liberation Sans, which carries every accent. */
final class DemoPdfs {

    private DemoPdfs() {
    }

    static byte[] render(DemoDocument.Pdf pdf) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BaseFont regular = Liberation.SANS.create().getBaseFont();
            BaseFont bold = Liberation.SANS_BOLD.create().getBaseFont();
            Document document = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle(pdf.title());
            document.open();
            Paragraph title = new Paragraph(pdf.title(), new Font(bold, 18));
            title.setSpacingAfter(18);
            document.add(title);
            for (String text : pdf.paragraphs()) {
                Paragraph paragraph = new Paragraph(text, new Font(regular, 11));
                paragraph.setSpacingAfter(10);
                document.add(paragraph);
            }
            document.close();
            return out.toByteArray();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
