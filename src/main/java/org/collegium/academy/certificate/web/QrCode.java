package org.collegium.academy.certificate.web;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.web.util.HtmlUtils;

/**
 * The QR code of a verification address, as a matrix of modules with its quiet zone, drawn by the page as inline
 * SVG markup and by the PDF as rectangles. Nothing is fetched from elsewhere and no script draws it.
 */
final class QrCode {

    static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    static BitMatrix of(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("cannot encode this text in a QR code", tooLong);
        }
    }

    /**
     * The matrix as an SVG image: a white square and one path of dark runs, one unit per module.
     *
     * @param titleId the id of the SVG's title element, unique on the page
     * @param title the text alternative, read by screen readers
     */
    static String svg(BitMatrix matrix, String titleId, String title) {
        int width = matrix.getWidth();
        int height = matrix.getHeight();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < height; y++) {
            int x = 0;
            while (x < width) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < width && matrix.get(x, y)) {
                    x++;
                }
                path.append('M').append(start).append(' ').append(y).append('h').append(x - start)
                        .append("v1h-").append(x - start).append('z');
            }
        }
        String id = HtmlUtils.htmlEscape(titleId);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 " + width + " " + height
                + "\" width=\"" + width * 4 + "\" height=\"" + height * 4 + "\" role=\"img\" aria-labelledby=\"" + id
                + "\" shape-rendering=\"crispEdges\"><title id=\"" + id + "\">" + HtmlUtils.htmlEscape(title)
                + "</title><rect width=\"" + width + "\" height=\"" + height + "\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }
}
