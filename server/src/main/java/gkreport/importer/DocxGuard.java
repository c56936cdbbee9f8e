package gkreport.importer;

import gkreport.io.UnreadableFileException;
import gkreport.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks at a .docx before POI opens it and refuses, with a reason, what is not a .docx (an old
 * .doc renamed, a file that is no ZIP, a ZIP without a Word body) and what is hostile: too many
 * parts, parts that inflate too far (a zip bomb), XML with a DTD (external entities). POI's own
 * {@code ZipSecureFile} limits then guard the actual inflation, in case the sizes declared lie.
 */
final class DocxGuard {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final int PROLOG_BYTES = 4096;
    private static final long MB = 1024 * 1024;

    private DocxGuard() {
    }

    static void check(Path file) throws UnreadableFileException, IOException {
        ImportLimits.checkSize(file, ImportLimits.MAX_DOCX_BYTES);
        byte[] head = new byte[OLE2.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            if (n >= OLE2.length && startsWith(head, OLE2)) throw new UnreadableFileException(Message.of("import.legacyDoc"));
            if (n < ZIP.length || !startsWith(head, ZIP)) throw new UnreadableFileException(Message.of("import.notDocx"));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            checkEntries(zip);
        } catch (ZipException e) {
            throw new UnreadableFileException(Message.of("import.corrupt", Message.of("import.docx.zip"), String.valueOf(e.getMessage())));
        }
    }

    private static void checkEntries(ZipFile zip) throws UnreadableFileException, IOException {
        if (zip.size() > ImportLimits.MAX_ZIP_ENTRIES) {
            throw new UnreadableFileException(Message.of("import.tooManyParts", zip.size(), ImportLimits.MAX_ZIP_ENTRIES));
        }
        if (zip.getEntry("word/document.xml") == null) throw new UnreadableFileException(Message.of("import.noDocument"));
        long total = 0;
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            long declared = Math.max(0, e.getSize());
            boolean xml = isXml(e.getName());
            long limit = xml ? ImportLimits.MAX_XML_PART_BYTES : ImportLimits.MAX_PART_BYTES;
            total += declared;
            boolean ratioTooHigh = declared > ImportLimits.RATIO_GRACE_BYTES && e.getCompressedSize() > 0
                    && declared / e.getCompressedSize() > ImportLimits.MAX_RATIO;
            if (declared > limit || ratioTooHigh || total > ImportLimits.MAX_TOTAL_BYTES) {
                throw new UnreadableFileException(Message.of("import.zipBomb", e.getName(), declared / MB, limit / MB));
            }
            if (xml && hasDoctype(zip, e)) throw new UnreadableFileException(Message.of("import.doctype", e.getName()));
        }
    }

    /** A DTD can only come before the root element, so the first kilobytes tell. */
    private static boolean hasDoctype(ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            String prolog = new String(in.readNBytes(PROLOG_BYTES), StandardCharsets.ISO_8859_1);
            return prolog.contains("<!DOCTYPE") || prolog.contains("<!ENTITY");
        }
    }

    private static boolean isXml(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xml") || n.endsWith(".rels");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) return false;
        }
        return true;
    }
}
