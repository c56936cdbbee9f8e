package gkreport.testkit;

import java.nio.file.Path;

/**
 * Report PDFs written by LibreOffice (Writer), a producer other than the WPS of {@link PdfCorpus}:
 * tables whose rows break across pages, paragraphs without first-line indents, borders drawn on
 * both parts of a split row. They are checked in; making them again needs LibreOffice, which the
 * tests never do. How each was made, from the project root:
 * <ul>
 *   <li>{@code sampleNNN.pdf}: the sample's text as a Word file ({@link #sampleDocx}, whose tables
 *       are ragged as the Tika text gives them), then
 *       {@code soffice --headless --convert-to pdf sampleNNN.docx} (LibreOffice 7.4);
 *   <li>{@code corpusNNN.pdf}: the corpus text {@code NNN.txt} ({@link Corpus}) as a Word file
 *       ({@link #corpusDocx}), then {@code soffice --headless --convert-to pdf NNN.docx}, renamed;
 *   <li>{@code merged-cells.pdf}: {@code soffice --headless --convert-to pdf
 *       server/src/test/resources/gkreport/fixtures/web/merged-cells.html};
 *   <li>{@code template-2021.pdf}: {@code soffice --headless --convert-to pdf
 *       server/src/test/resources/fixtures/template-2021.docx}.
 * </ul>
 */
public final class LibreOfficePdfs {
    public static final Path DIR = Path.of("src", "test", "resources", "corpus", "pdf-libreoffice");

    private LibreOfficePdfs() {
    }

    public static Path path(String name) {
        return DIR.resolve(name + ".pdf");
    }

    /** The sample's id (「000」) for a sample PDF's name (「sample000」). */
    public static String sampleId(String name) {
        return name.substring("sample".length());
    }

    /** Writes the Word file that {@code soffice} turned into the sample's PDF. */
    public static Path sampleDocx(String id, Path file) {
        return Docx.of(Samples.text(id)).save(file);
    }

    /** Writes the Word file that {@code soffice} turned into a corpus PDF (「corpus008」: of 008.txt). */
    public static Path corpusDocx(String name, Path file) {
        return Docx.of(Corpus.text(name.substring("corpus".length()))).save(file);
    }
}
