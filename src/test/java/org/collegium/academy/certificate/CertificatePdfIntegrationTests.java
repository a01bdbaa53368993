package org.collegium.academy.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.util.Map;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.collegium.CollegiumIntegrationTest;
import org.collegium.academy.Academies;
import org.collegium.academy.AcademyStaff;
import org.collegium.academy.AcademySummary;
import org.collegium.academy.CertificateView;
import org.collegium.academy.Certificates;
import org.collegium.identity.Accounts;
import org.collegium.identity.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The PDF read back with libraries independent of the ones that wrote it: PDFBox extracts its text and renders the
 * page, and zxing decodes the QR code from that image.
 */
@CollegiumIntegrationTest
class CertificatePdfIntegrationTests {

    private final MockMvc mvc;
    private final CertificateFixtures fixtures;

    @Autowired
    CertificatePdfIntegrationTests(MockMvc mvc, JdbcTemplate jdbc, Accounts accounts, Roles roles,
            Academies academies, AcademyStaff staff, Certificates certificates, UserDetailsService users) {
        this.mvc = mvc;
        this.fixtures = new CertificateFixtures(jdbc, accounts, roles, academies, staff, certificates, users);
    }

    @Test
    void thePdfPrintsCyrillicAndAccentedNamesTheTitleInTheChosenLanguageAndTheNumber() throws Exception {
        AcademySummary academy = fixtures.academy(fixtures.account("admin", "Elena Petrovska"));
        CertificateView mongolian = fixtures.issue(academy, fixtures.account("oyunchimeg", "Оюунчимэг Цэнд"));
        CertificateView macedonian = fixtures.issue(academy, fixtures.account("marko", "Marko Jovanović"));

        try (PDDocument pdf = Loader.loadPDF(pdf(mongolian.number(), "fr"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            assertThat(text).contains("Оюунчимэг Цэнд", "Finances municipales et budgets locaux",
                    "Certificat de réussite", mongolian.number(), academy.name(), "14 mars 2026",
                    "http://localhost:8080/certificates/" + mongolian.number());
        }
        try (PDDocument pdf = Loader.loadPDF(pdf(macedonian.number(), "en"))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Marko Jovanović",
                    "Municipal finance and local budgets", "Certificate of completion", macedonian.number());
        }
    }

    @Test
    void theQrCodeOnThePdfDecodesToTheVerificationAddress() throws Exception {
        AcademySummary academy = fixtures.academy(fixtures.account("admin", "Elena Petrovska"));
        CertificateView issued = fixtures.issue(academy, fixtures.account("learner", "Oyunchimeg Tsend"));

        try (PDDocument pdf = Loader.loadPDF(pdf(issued.number(), "en"))) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 200);
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
            String decoded = new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();

            assertThat(decoded).isEqualTo("http://localhost:8080/certificates/" + issued.number());
        }
    }

    private byte[] pdf(String number, String language) throws Exception {
        return mvc.perform(get("/certificates/{number}.pdf", number).param("lang", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
