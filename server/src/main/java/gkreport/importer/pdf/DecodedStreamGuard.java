package gkreport.importer.pdf;

import gkreport.importer.ImportLimits;
import gkreport.text.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Measures a stream's decoded size before PDFBox decodes it, since PDFBox decodes a stream whole
 * into memory: a content stream or font that inflates a thousandfold (a flate bomb) is refused
 * after {@link ImportLimits#MAX_PDF_STREAM_BYTES} decoded bytes instead of filling the heap. Only
 * the general filters are allowed on the streams it guards (content streams, forms, fonts, CMaps);
 * images are never decoded at all. One guard serves one document and counts its total.
 */
final class DecodedStreamGuard {
    private static final List<COSName> GENERAL_FILTERS = List.of(COSName.FLATE_DECODE, COSName.FLATE_DECODE_ABBREVIATION,
            COSName.LZW_DECODE, COSName.LZW_DECODE_ABBREVIATION, COSName.ASCII_HEX_DECODE, COSName.ASCII_HEX_DECODE_ABBREVIATION,
            COSName.ASCII85_DECODE, COSName.ASCII85_DECODE_ABBREVIATION, COSName.RUN_LENGTH_DECODE,
            COSName.RUN_LENGTH_DECODE_ABBREVIATION);
    private static final long MB = 1024 * 1024;

    private final Set<COSStream> checked = Collections.newSetFromMap(new IdentityHashMap<>());
    private long total;

    /** Refuses the stream if it decodes to more than the limits allow; each stream is measured once. */
    void check(COSStream stream) throws IOException {
        if (stream == null || !checked.add(stream)) return;
        total += decodedSize(stream);
        if (total > ImportLimits.MAX_PDF_DECODED_BYTES) {
            throw new PdfTooComplexException(Message.of("import.pdf.limit.decoded", ImportLimits.MAX_PDF_DECODED_BYTES / MB));
        }
    }

    void check(COSBase object) throws IOException {
        if (object instanceof COSStream stream) check(stream);
    }

    /** Measures the streams PDFBox decodes when it loads a font: its file, its CMaps, those of its descendant. */
    void checkFont(COSDictionary font) throws IOException {
        checkFontStreams(font);
        if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants
                && descendants.size() > 0 && descendants.getObject(0) instanceof COSDictionary descendant) {
            checkFontStreams(descendant);
            check(descendant.getDictionaryObject(COSName.CID_TO_GID_MAP));
        }
    }

    private void checkFontStreams(COSDictionary font) throws IOException {
        check(font.getDictionaryObject(COSName.TO_UNICODE));
        check(font.getDictionaryObject(COSName.ENCODING));
        if (font.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor) {
            check(descriptor.getDictionaryObject(COSName.FONT_FILE));
            check(descriptor.getDictionaryObject(COSName.FONT_FILE2));
            check(descriptor.getDictionaryObject(COSName.FONT_FILE3));
        }
    }

    private static long decodedSize(COSStream stream) throws IOException {
        List<COSName> filters = filters(stream.getFilters());
        for (COSName filter : filters) {
            if (!GENERAL_FILTERS.contains(filter)) throw new IOException("a content or font stream is encoded with " + filter.getName());
        }
        try (InputStream raw = stream.createRawInputStream()) {
            if (filters.isEmpty()) return count(raw);
            InputStream in = raw;
            long size = 0;
            for (int i = 0; i < filters.size(); i++) {
                Filter filter = FilterFactory.INSTANCE.getFilter(filters.get(i));
                boolean last = i == filters.size() - 1;
                BoundedSink sink = new BoundedSink(!last);
                filter.decode(in, sink, stream, i);
                size = sink.size;
                if (!last) in = new ByteArrayInputStream(sink.bytes, 0, (int) sink.size);
            }
            return size;
        }
    }

    private static long count(InputStream in) throws IOException {
        long n = 0;
        byte[] buffer = new byte[8192];
        for (int r; (r = in.read(buffer)) > 0; ) {
            n += r;
            if (n > ImportLimits.MAX_PDF_STREAM_BYTES) throw tooLarge();
        }
        return n;
    }

    private static List<COSName> filters(COSBase filters) {
        if (filters instanceof COSName name) return List.of(name);
        if (filters instanceof COSArray array) {
            return array.toList().stream().filter(COSName.class::isInstance).map(COSName.class::cast).toList();
        }
        return List.of();
    }

    private static PdfTooComplexException tooLarge() {
        return new PdfTooComplexException(Message.of("import.pdf.limit.stream", ImportLimits.MAX_PDF_STREAM_BYTES / MB));
    }

    /** Counts what a filter writes, keeps it when another filter is to read it, and stops at the limit. */
    private static final class BoundedSink extends OutputStream {
        private final boolean keep;
        private byte[] bytes = new byte[0];
        private long size;

        BoundedSink(boolean keep) {
            this.keep = keep;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size + len > ImportLimits.MAX_PDF_STREAM_BYTES) throw tooLarge();
            if (keep) {
                if (size + len > bytes.length) {
                    long grown = Math.min(2L * bytes.length + 8192, ImportLimits.MAX_PDF_STREAM_BYTES);
                    bytes = Arrays.copyOf(bytes, (int) Math.max(size + len, grown));
                }
                System.arraycopy(b, off, bytes, (int) size, len);
            }
            size += len;
        }
    }
}
