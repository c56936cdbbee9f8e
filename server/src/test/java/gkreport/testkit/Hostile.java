package gkreport.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Hostile and broken files, made small on disk in the test's own folder. */
public final class Hostile {
    private static final String WORD = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Hostile() {
    }

    /** A .docx whose document.xml inflates from some kilobytes to the given megabytes. */
    public static Path zipBomb(Path file, int megabytes) {
        return withDocument(file, out -> {
            byte[] block = new byte[1024 * 1024];
            Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < megabytes; i++) out.write(block);
        });
    }

    /**
     * A .docx with one table of {@code rows} × {@code cellsPerRow} cells, each spanning
     * {@code gridSpan} columns and holding its number, written as it goes (a table of 300,000 cells is
     * 15 MB of XML but some 800 KB on disk).
     */
    public static Path wordTable(Path file, int rows, int cellsPerRow, int gridSpan) {
        String cellProperties = gridSpan > 1 ? "<w:tcPr><w:gridSpan w:val=\"" + gridSpan + "\"/></w:tcPr>" : "";
        return withDocument(file, out -> {
            Writer xml = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + WORD
                    + "\"><w:body><w:p><w:r><w:t>某某局2024年政府信息公开工作年度报告</w:t></w:r></w:p><w:tbl>");
            long n = 0;
            for (int r = 0; r < rows; r++) {
                xml.write("<w:tr>");
                for (int c = 0; c < cellsPerRow; c++) xml.write("<w:tc>" + cellProperties + "<w:p><w:r><w:t>" + ++n + "</w:t></w:r></w:p></w:tc>");
                xml.write("</w:tr>");
            }
            xml.write("</w:tbl></w:body></w:document>");
            xml.flush();
        });
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A valid .docx whose document.xml is what {@code document} writes, streamed into the ZIP. */
    private static Path withDocument(Path file, Content document) {
        Map<String, byte[]> parts = parts(validDocx(file.resolveSibling("base-" + file.getFileName())));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                if (p.getKey().equals("word/document.xml")) document.writeTo(zip);
                else zip.write(p.getValue());
                zip.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A .docx with an extra image part of zeros compressing a thousandfold. */
    public static Path compressedTooWell(Path file, int megabytes) {
        Map<String, byte[]> parts = parts(validDocx(file.resolveSibling("base-" + file.getFileName())));
        parts.put("word/media/image1.png", new byte[megabytes * 1024 * 1024]);
        return write(file, parts);
    }

    /** A .docx whose document.xml declares an external entity that reads a local file. */
    public static Path externalEntity(Path file, Path secret, int paddingBeforeDoctype) {
        Map<String, byte[]> parts = parts(validDocx(file.resolveSibling("base-" + file.getFileName())));
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + "\n".repeat(paddingBeforeDoctype)
                + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
                + "<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";
        parts.put("word/document.xml", xml.getBytes(StandardCharsets.UTF_8));
        return write(file, parts);
    }

    /** An old binary Word file (OLE2 compound document) named .docx. */
    public static Path legacyDoc(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream("Word.Document.8".getBytes(StandardCharsets.US_ASCII)), "WordDocument");
            fs.writeFilesystem(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of a real .docx: a ZIP without its central directory. */
    public static Path truncated(Path file, Path docx) {
        try {
            byte[] bytes = Files.readAllBytes(docx);
            return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sparse file of the given size: large on paper, nothing on disk. */
    public static Path sparse(Path file, long bytes) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A web page of about the given megabytes made of small table cells: far more tags than a report has. */
    public static Path manyTags(Path file, int megabytes) {
        String row = "<tr><td>一、本年新收政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>\n";
        return page(file, megabytes, "<table>", row, "</table>");
    }

    /** A web page of about the given megabytes of long paragraphs: large, yet with few tags. */
    public static Path longPage(Path file, int megabytes) {
        String paragraph = "<p>" + "2020年，本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。".repeat(100) + "</p>\n";
        return page(file, megabytes, "", paragraph, "");
    }

    /** A small web page of tables that each claim rows × colspan cells: one of 990 rows of colspan="1000" is 34 KB. */
    public static Path wideSpans(Path file, int tables, int rows, int colspan) {
        String table = "<table>" + ("<tr><td colspan=\"" + colspan + "\">0</td></tr>\n").repeat(rows) + "</table>\n";
        String page = "<html><head><meta charset=\"utf-8\"></head><body><h1>某某市2020年政府信息公开工作年度报告</h1>"
                + table.repeat(tables) + "</body></html>";
        try {
            return Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path page(Path file, int megabytes, String open, String repeated, String close) {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("<html><head><meta charset=\"utf-8\"></head><body><h1>某某市2020年政府信息公开工作年度报告</h1>"
                    + "<div>".repeat(200) + open).getBytes(StandardCharsets.UTF_8));
            byte[] bytes = repeated.getBytes(StandardCharsets.UTF_8);
            long target = megabytes * 1024L * 1024 - 64 * 1024;
            for (long written = 0; written < target; written += bytes.length) out.write(bytes);
            out.write((close + "</body></html>").getBytes(StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path validDocx(Path file) {
        Docx d = new Docx();
        d.paragraph("某某局2024年政府信息公开工作年度报告");
        return d.save(file);
    }

    private static Map<String, byte[]> parts(Path docx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    parts.put(e.getName(), in.readAllBytes());
                }
            }
            return parts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, Map<String, byte[]> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(p.getKey()));
                zip.write(p.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return Files.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
