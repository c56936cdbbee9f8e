package gkreport.importer;

import java.util.List;
import java.util.Locale;

/**
 * The text of a run as Apache POI's {@code XWPFRun.toString()} gives it, so that reading a .docx
 * without POI's document classes yields the very same text: its text elements (not field codes),
 * tabs, breaks and non-breaking hyphens, check boxes as 「|X|」 or 「|_|」, footnote marks, in capitals
 * where the run says so, then the reading of ruby text and the text of its pictures in parentheses.
 */
final class WordRunText {
    private WordRunText() {
    }

    static String of(WordElement run) {
        StringBuilder text = new StringBuilder();
        for (WordElement c : run.children()) {
            if (c.name().equals("ruby")) ruby(c, run, text, "rubyBase");
            else append(c, run, text);
        }
        StringBuilder phonetic = new StringBuilder();
        for (WordElement c : run.children()) {
            if (c.name().equals("ruby")) ruby(c, run, phonetic, "rt");
        }
        String pictures = String.join("\n", run.pictureText());
        if (!pictures.isEmpty()) phonetic.append('\n').append(pictures).append('\n');
        return phonetic.isEmpty() ? text.toString() : text + " (" + phonetic + ")";
    }

    /** A deleted run (tracked changes) holds w:delText, and a paragraph's text leaves it out. */
    static boolean isDeleted(WordElement run) {
        return run.has("delText");
    }

    /** The id of a footnote or endnote reference as POI's {@code BigInteger.intValue()} gives it. */
    static Integer noteId(WordElement ref) {
        String id = ref.attr("id");
        if (id == null) return null;
        try {
            return new java.math.BigInteger(id.strip()).intValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void append(WordElement o, WordElement run, StringBuilder text) {
        switch (o.name()) {
            case "t", "delText" -> text.append(capitals(run) ? o.text().toUpperCase(Locale.getDefault()) : o.text());
            case "fldChar" -> checkBoxes(o, text);
            case "tab", "ptab" -> text.append('\t');
            case "br", "cr" -> text.append('\n');
            case "noBreakHyphen" -> text.append('\u2011');
            case "footnoteReference", "endnoteReference" -> {
                Integer id = noteId(o);
                text.append(o.name().equals("footnoteReference") ? "[footnoteRef:" : "[endnoteRef:").append(id == null ? -1 : id).append(']');
            }
            default -> {
            }
        }
    }

    private static boolean capitals(WordElement run) {
        WordElement rPr = run.child("rPr");
        return rPr != null && (rPr.on("caps") || rPr.on("smallCaps"));
    }

    private static void checkBoxes(WordElement fldChar, StringBuilder text) {
        WordElement ffData = fldChar.child("ffData");
        if (!"begin".equals(fldChar.attr("fldCharType")) || ffData == null) return;
        for (WordElement box : ffData.children()) {
            if (!box.name().equals("checkBox")) continue;
            WordElement def = box.child("default");
            String val = def == null ? null : def.attr("val");
            text.append(val != null && WordElement.isOn(val) ? "|X|" : "|_|");
        }
    }

    /** The base text or the reading (w:rt) of a ruby, its elements taken in document order. */
    private static void ruby(WordElement ruby, WordElement run, StringBuilder text, String part) {
        String[] inside = {""};
        walk(ruby.children(), run, text, part, inside);
    }

    private static void walk(List<WordElement> elements, WordElement run, StringBuilder text, String part, String[] inside) {
        for (WordElement e : elements) {
            if (e.name().equals("rt") || e.name().equals("rubyBase")) inside[0] = e.name();
            else if (inside[0].equals(part)) append(e, run, text);
            walk(e.children(), run, text, part, inside);
        }
    }
}
