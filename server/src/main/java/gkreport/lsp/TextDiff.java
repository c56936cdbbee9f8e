package gkreport.lsp;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.rules.TextEdit;
import gkreport.service.Fixer;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits that turn one text into another, kept small so that the editor keeps the cursor and
 * markers elsewhere: one edit per changed line when no line was added or removed, otherwise one
 * edit over the span between the common start and the common end.
 */
public final class TextDiff {
    private TextDiff() {
    }

    public static List<TextEdit> edits(SourceText before, String after) {
        if (before.text().equals(after)) return List.of();
        SourceText target = new SourceText(after);
        if (target.lineCount() == before.lineCount()) {
            List<TextEdit> perLine = perLine(before, target);
            if (Fixer.applyEdits(before.text(), perLine).equals(after)) return perLine;
        }
        return List.of(span(before.text(), after));
    }

    private static List<TextEdit> perLine(SourceText before, SourceText after) {
        List<TextEdit> edits = new ArrayList<>();
        for (int line = 0; line < before.lineCount(); line++) {
            String a = before.lineText(line);
            String b = after.lineText(line);
            if (a.equals(b)) continue;
            TextEdit inLine = span(a, b);
            int start = before.lineStart(line);
            edits.add(new TextEdit(new TextRange(start + inLine.range().start(), start + inLine.range().end()), inLine.newText()));
        }
        return edits;
    }

    /** One edit replacing what lies between the common prefix and the common suffix. */
    private static TextEdit span(String a, String b) {
        int prefix = 0;
        int max = Math.min(a.length(), b.length());
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) prefix++;
        if (prefix > 0 && Character.isHighSurrogate(a.charAt(prefix - 1))) prefix--;
        int suffix = 0;
        while (suffix < max - prefix && a.charAt(a.length() - 1 - suffix) == b.charAt(b.length() - 1 - suffix)) suffix++;
        if (suffix > 0 && Character.isLowSurrogate(a.charAt(a.length() - suffix))) suffix--;
        return new TextEdit(new TextRange(prefix, a.length() - suffix), b.substring(prefix, b.length() - suffix));
    }
}
