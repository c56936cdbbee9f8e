package gkreport.importer;

import gkreport.io.UnreadableFileException;
import gkreport.text.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bounds that keep a hostile or broken file from exhausting memory or time. Real reports are far
 * below them: a report's .docx is some tens of kilobytes, its document.xml under a few megabytes,
 * a saved web page under a few megabytes, its PDF a few hundred kilobytes over 3 to 20 pages of
 * some 500 glyphs, 5,000 drawing operators and 500 border segments each.
 */
public final class ImportLimits {
    /** Largest .docx read, in bytes on disk. */
    public static final long MAX_DOCX_BYTES = 20L * 1024 * 1024;
    /** Largest web page read, in bytes on disk. */
    public static final long MAX_HTML_BYTES = 8L * 1024 * 1024;
    /**
     * Most tags a web page may have: its tree is built whole, and a report's page has a few
     * thousand (table 三 is some three hundred cells).
     */
    public static final int MAX_HTML_TAGS = 100_000;
    /**
     * Most cells one table of a web page may have, its spans (colspan, rowspan) expanded: table 三,
     * the largest of a report, has some three hundred. A few tags may claim a grid of millions.
     */
    public static final int MAX_HTML_TABLE_CELLS = 20_000;
    /** Most cells the tables of one web page may have together, their spans expanded. */
    public static final int MAX_HTML_PAGE_CELLS = 100_000;
    /**
     * Most table rows a .docx may have, in all its tables: a report's tables have some hundred
     * rows together.
     */
    public static final int MAX_DOCX_TABLE_ROWS = 10_000;
    /**
     * Most table cells a .docx may have, in all its tables, a cell that spans columns or continues
     * a vertical merge counted once for each grid column it covers: a report's tables have some
     * five hundred together.
     */
    public static final int MAX_DOCX_TABLE_CELLS = 50_000;
    /** Most parts a .docx may have. */
    public static final int MAX_ZIP_ENTRIES = 1000;
    /** Largest uncompressed XML part (document.xml, numbering.xml, …) parsed. */
    public static final long MAX_XML_PART_BYTES = 16L * 1024 * 1024;
    /** Largest uncompressed part of any kind (images included). */
    public static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    /** Largest uncompressed size of all parts together. */
    public static final long MAX_TOTAL_BYTES = 128L * 1024 * 1024;
    /** Highest compression ratio accepted for a part larger than {@link #RATIO_GRACE_BYTES}. */
    public static final int MAX_RATIO = 100;
    public static final long RATIO_GRACE_BYTES = 1024L * 1024;
    /** Widest span a table cell may claim (HTML caps colspan at 1000 too). */
    public static final int MAX_SPAN = 1000;
    /** Largest PDF read, in bytes on disk (a scan of many pages is larger, and is refused for having no text anyway). */
    public static final long MAX_PDF_BYTES = 64L * 1024 * 1024;
    /** Most pages a PDF may have. */
    public static final int MAX_PDF_PAGES = 200;
    /** Most content-stream operators run for one page, those of the forms it draws included. */
    public static final int MAX_PDF_OPERATORS_PER_PAGE = 200_000;
    /** Most glyphs one page may show. */
    public static final int MAX_PDF_GLYPHS_PER_PAGE = 20_000;
    /** Most path segments (lines and rectangle edges) one page may paint: the candidates for cell borders. */
    public static final int MAX_PDF_SEGMENTS_PER_PAGE = 20_000;
    /** Most cells the grid of one table on a page may have. */
    public static final int MAX_PDF_TABLE_CELLS = 20_000;
    /**
     * Largest decoded content stream, form or embedded font (a whole CJK font, not a subset, is
     * some 10 to 20 MB); images are never decoded.
     */
    public static final long MAX_PDF_STREAM_BYTES = 32L * 1024 * 1024;
    /** Largest total of the decoded streams of one PDF. */
    public static final long MAX_PDF_DECODED_BYTES = 128L * 1024 * 1024;

    private static final long MB = 1024 * 1024;

    private ImportLimits() {
    }

    /** Refuses a file larger on disk than {@code maxBytes}, saying both sizes in megabytes. */
    public static void checkSize(Path file, long maxBytes) throws UnreadableFileException, IOException {
        long size = Files.size(file);
        if (size > maxBytes) throw new UnreadableFileException(Message.of("file.tooLarge", size / MB, maxBytes / MB));
    }
}
