package org.collegium.academy.certificate.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.Test;

class QrCodeTests {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String URL = "https://collegium.example/certificates/NALAS-2026-7KQ4-9XZ2";

    @Test
    void theMatrixDecodesBackToTheVerificationAddress() throws NotFoundException {
        BitMatrix matrix = QrCode.of(URL);

        assertThat(decode(image(matrix, 6))).isEqualTo(URL);
    }

    @Test
    void addressesWhoseFirstEncodingCannotBeFoundAreDrawnWithAnotherMaskAndRead() throws NotFoundException {
        // With the encoder's own choice of mask, a reader finds none of these codes.
        for (String number : List.of("58VJ-PSFD-UGXH", "HMLS-SP25-H6Z7", "JVVF-4WAZ-H8WK", "2EBH-L45F-URC5",
                "VTPK-XFRZ-58CS", "YPSE-6LFA-T7VZ")) {
            String address = "http://localhost:8080/certificates/" + number;

            assertThat(decode(image(QrCode.of(address), 6))).isEqualTo(address);
        }
    }

    @Test
    void everyAddressIsReadBack() throws NotFoundException {
        var random = new Random(2026);
        for (int i = 0; i < 300; i++) {
            StringBuilder number = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                number.append(k > 0 && k % 4 == 0 ? "-" : "").append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String address = "https://collegium.example/certificates/" + number;

            assertThat(decode(image(QrCode.of(address), 5))).as(address).isEqualTo(address);
        }
    }

    @Test
    void theSvgDrawsEveryDarkModuleAndNamesItself() {
        BitMatrix matrix = QrCode.of(URL);
        String svg = QrCode.svg(matrix, "qr-title", "QR code of <" + URL + ">");

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("role=\"img\"", "aria-labelledby=\"qr-title\"",
                        "<title id=\"qr-title\">QR code of &lt;" + URL + "&gt;</title>")
                .doesNotContain("<script");
        int dark = 0;
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                dark += matrix.get(x, y) ? 1 : 0;
            }
        }
        assertThat(dark).isPositive();
        assertThat(sumOfRuns(svg.substring(svg.indexOf(" d=\"")))).isEqualTo(dark);
    }

    private static int sumOfRuns(String path) {
        int total = 0;
        for (String run : path.split("h")) {
            if (run.contains("v1")) {
                total += Integer.parseInt(run.substring(0, run.indexOf('v')));
            }
        }
        return total;
    }

    static BufferedImage image(BitMatrix matrix, int scale) {
        BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xffffff);
            }
        }
        return image;
    }

    static String decode(BufferedImage image) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
