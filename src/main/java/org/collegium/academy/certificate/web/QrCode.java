package org.collegium.academy.certificate.web;

import java.util.HashMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import org.springframework.web.util.HtmlUtils;

/**
 * The QR code of a verification address, as a matrix of modules with its quiet zone, drawn by the page as inline
 * SVG markup and by the PDF as rectangles. Nothing is fetched from elsewhere and no script draws it.
 * <p>
 * A valid code is not always a readable one: for about one address in fifty, the mask pattern the encoder picks
 * leaves a code that a widely used reader (ZXing, inside many phone apps) cannot locate. So each code is read back
 * before it is used, and if that fails the next of the eight mask patterns is tried.
 */
final class QrCode {

    static final int QUIET_ZONE = 4;
    private static final int MASK_PATTERNS = 8;
    private static final int PIXELS_PER_MODULE = 4;

    private QrCode() {
    }

    static BitMatrix of(String text) {
        BitMatrix chosen = encode(text, null);
        for (int mask = 0; mask < MASK_PATTERNS && !readsBack(chosen, text); mask++) {
            chosen = encode(text, mask);
        }
        return chosen;
    }

    private static BitMatrix encode(String text, Integer mask) {
        Map<EncodeHintType, Object> hints = new HashMap<>(Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                EncodeHintType.MARGIN, QUIET_ZONE,
                EncodeHintType.CHARACTER_SET, "UTF-8"));
        if (mask != null) {
            hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
        }
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException tooLong) {
            throw new IllegalArgumentException("cannot encode this text in a QR code", tooLong);
        }
    }

    /** Whether a reader finds the code in a plain rendering of it and reads the text back. */
    static boolean readsBack(BitMatrix matrix, String text) {
        int width = matrix.getWidth() * PIXELS_PER_MODULE;
        int height = matrix.getHeight() * PIXELS_PER_MODULE;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = matrix.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE) ? 0xff000000 : 0xffffffff;
            }
        }
        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return text.equals(new QRCodeReader().decode(image, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
        } catch (ReaderException unreadable) {
            return false;
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
