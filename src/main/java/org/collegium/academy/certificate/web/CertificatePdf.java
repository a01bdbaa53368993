package org.collegium.academy.certificate.web;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;

import com.google.zxing.common.BitMatrix;
import org.librepdf.openpdf.fonts.Liberation;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

import org.collegium.academy.AcademyLogoFile;
import org.collegium.academy.CertificateView;
import org.springframework.context.MessageSource;

/**
 * The certificate as an A4 landscape PDF: the academy's name in its colour and its logo, the learner, the course,
 * the completion date, the number, the verification address and its QR code. Text is set in Liberation Sans,
 * embedded, so that every Latin and Cyrillic name prints as written.
 */
final class CertificatePdf {

    /** A4 turned on its side as a plain 842 x 595 pt page, rather than a portrait page with a rotation flag. */
    private static final Rectangle LANDSCAPE_A4 = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
    private static final float QR_SIZE = 110;
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color MUTED = new Color(0x55, 0x55, 0x55);

    private final MessageSource messages;
    private final Locale locale;

    CertificatePdf(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] render(CertificateView certificate, String verificationUrl, Optional<AcademyLogoFile> logo, ZoneId zone) {
        try {
            BaseFont regular = Liberation.SANS.create().getBaseFont();
            BaseFont bold = Liberation.SANS_BOLD.create().getBaseFont();
            Color accent = Color.decode(certificate.academy() == null ? "#1f5f8b" : certificate.academy().accentColour());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(LANDSCAPE_A4, 56, 56, 40, 150);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(text("certificate.pdf.title") + " " + certificate.number());
            document.open();
            if (logo.isPresent()) {
                Image image = Image.getInstance(logo.get().bytes());
                image.scaleToFit(200, 56);
                image.setAlignment(Element.ALIGN_CENTER);
                document.add(image);
            }
            document.add(centred(certificate.issuerName(), new Font(bold, 22, Font.NORMAL, accent), 6));
            document.add(centred(text("certificate.document.heading"), new Font(regular, 30, Font.NORMAL, INK), 18));
            document.add(centred(text("certificate.document.certifies"), new Font(regular, 14, Font.NORMAL, MUTED), 6));
            document.add(centred(certificate.learnerName(), new Font(bold, 28, Font.NORMAL, INK), 12));
            document.add(centred(text("certificate.document.completed"), new Font(regular, 14, Font.NORMAL, MUTED), 6));
            document.add(centred(certificate.courseTitleIn(locale).text(), new Font(bold, 20, Font.NORMAL, accent), 8));
            if (certificate.workload() != null) {
                document.add(centred(certificate.workload(), new Font(regular, 12, Font.NORMAL, MUTED), 4));
            }
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(certificate.completedAt().atZone(zone));
            document.add(centred(text("certificate.document.on", date), new Font(regular, 13, Font.NORMAL, INK), 4));
            PdfContentByte canvas = writer.getDirectContent();
            Font small = new Font(regular, 10, Font.NORMAL, MUTED);
            float left = document.left();
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(text("certificate.document.number", certificate.number()), new Font(bold, 11, Font.NORMAL, INK)),
                    left, 96, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT,
                    new Phrase(text("certificate.document.verify"), small), left, 78, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(verificationUrl, small), left, 64, 0);
            drawQrCode(canvas, QrCode.of(verificationUrl), document.right() - QR_SIZE, 40);
            document.close();
            return out.toByteArray();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static void drawQrCode(PdfContentByte canvas, BitMatrix matrix, float x, float y) {
        // Whole points per module and one rectangle per run of dark modules: no hairline seams for scanners to trip on.
        float module = Math.max(2, (float) Math.floor(QR_SIZE / matrix.getWidth()));
        canvas.saveState();
        canvas.setColorFill(Color.WHITE);
        canvas.rectangle(x, y, QR_SIZE, QR_SIZE);
        canvas.fill();
        canvas.setColorFill(Color.BLACK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                if (!matrix.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                canvas.rectangle(x + start * module, y + QR_SIZE - (row + 1) * module, (column - start) * module, module);
            }
        }
        canvas.fill();
        canvas.restoreState();
    }

    private static Paragraph centred(String text, Font font, float spacingAfter) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingAfter(spacingAfter);
        return paragraph;
    }

    private String text(String code, Object... arguments) {
        return messages.getMessage(code, arguments, locale);
    }
}
