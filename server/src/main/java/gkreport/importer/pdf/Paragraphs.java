package gkreport.importer.pdf;

import gkreport.grammar.SectionHeadingHint;
import gkreport.importer.ImportedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The blocks of a document from its laid-out pages: a page break where each page begins, its
 * tables where they stand, and its lines outside tables joined into paragraphs. A line begins a
 * paragraph when it is indented (by more than {@link #INDENT} ems), when the line before ends
 * well short of the text block's right edge (by more than {@link #SHORT} ems), after a gap (more than
 * {@link #GAP} times the usual line pitch), where the font size changes, and where a line opens one
 * of the six sections or a numbered item (「（一）」「2、」); so a heading and a paragraph's last line
 * each end one, also in a PDF without first-line indents (one made from a web page). Consecutive
 * centred lines of one size are one paragraph: a title over two lines (agency /
 * 「2023年政府信息公开工作年度报告」). Wrapped lines are joined without a space where a CJK
 * character meets the break, with one elsewhere.
 */
final class Paragraphs {
    private static final double INDENT = 1.5;
    private static final double SHORT = 1.5;
    private static final double GAP = 1.3;
    /** 「（一）」「(二)」「3、」 at a line's start: a subsection or a numbered point begins there. */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("[（(][一二三四五六七八九十]{1,3}[）)]|\\d{1,2}、");
    /** Sizes further apart than this share are different fonts: a title and its body. */
    private static final double SIZE_CHANGE = 0.15;

    private Paragraphs() {
    }

    static List<ImportedDocument.Block> blocks(List<PageLayout> pages) {
        List<TextLine> all = new ArrayList<>();
        for (PageLayout page : pages) all.addAll(page.lines());
        BodyMargins document = BodyMargins.of(all);
        List<ImportedDocument.Block> blocks = new ArrayList<>();
        for (PageLayout page : pages) {
            blocks.add(new ImportedDocument.PageBreak(page.number()));
            page(page, document.onPage(page.lines()), blocks);
        }
        return blocks;
    }

    private static void page(PageLayout page, BodyMargins margins, List<ImportedDocument.Block> blocks) {
        List<TextLine> lines = page.lines();
        List<PageLayout.PlacedTable> tables = page.tables();
        StringBuilder paragraph = new StringBuilder();
        TextLine previous = null;
        int t = 0;
        for (TextLine line : lines) {
            while (t < tables.size() && tables.get(t).top() < line.centreY()) {
                flush(paragraph, blocks);
                blocks.add(tables.get(t++).grid());
                previous = null;
            }
            if (previous != null && beginsParagraph(previous, line, margins)) flush(paragraph, blocks);
            if (paragraph.length() > 0 && !Script.endsWide(paragraph) && !Script.startsWide(line.text())) paragraph.append(' ');
            paragraph.append(line.text());
            previous = line;
        }
        flush(paragraph, blocks);
        while (t < tables.size()) blocks.add(tables.get(t++).grid());
    }

    private static boolean beginsParagraph(TextLine previous, TextLine line, BodyMargins margins) {
        boolean indented = line.left() - margins.left() > INDENT * line.size();
        boolean previousShort = margins.right() - previous.right() > SHORT * previous.size();
        double pitch = margins.pitch() > 0 ? margins.pitch() : 2 * margins.size();
        boolean gap = line.centreY() - previous.centreY() > GAP * Math.max(pitch, line.size());
        boolean sizeChange = Math.abs(line.size() - previous.size()) > SIZE_CHANGE * Math.max(line.size(), previous.size());
        if (gap || sizeChange || opensItem(line.text())) return true;
        if (isCentred(previous, margins) && isCentred(line, margins)) return false;
        return indented || previousShort;
    }

    private static boolean opensItem(String text) {
        return SectionHeadingHint.opensSection(text) || NUMBERED_ITEM.matcher(text).lookingAt();
    }

    /** Indented, and about as far from the right margin as from the left. */
    private static boolean isCentred(TextLine line, BodyMargins margins) {
        double before = line.left() - margins.left();
        double after = margins.right() - line.right();
        return before > INDENT * line.size() && Math.abs(before - after) <= line.size();
    }

    private static void flush(StringBuilder paragraph, List<ImportedDocument.Block> blocks) {
        if (paragraph.length() == 0) return;
        blocks.add(new ImportedDocument.Paragraph(paragraph.toString()));
        paragraph.setLength(0);
    }
}
