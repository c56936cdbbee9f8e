package gkreport.importer.pdf;

import gkreport.text.Message;

/**
 * A page goes beyond one of the limits of {@link gkreport.importer.ImportLimits}. Unchecked, so that
 * it leaves PDFBox's content-stream engine at once, past the places where the engine forgives an
 * {@link java.io.IOException} and goes on.
 */
final class PdfTooComplexException extends RuntimeException {
    private final transient Message detail;

    PdfTooComplexException(Message detail) {
        super(detail.key(), null, false, false);
        this.detail = detail;
    }

    /** What went beyond which limit, e.g. 「绘图指令超过 200000 条」. */
    Message detail() {
        return detail;
    }
}
