package gkreport.lsp;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/** Converts between document offsets and LSP positions (0-based line, UTF-16 column). */
public final class Positions {
    private Positions() {
    }

    public static Position position(SourceText source, int offset) {
        return new Position(source.lineOf(offset), source.utf16Column(offset));
    }

    public static Range range(SourceText source, TextRange range) {
        return new Range(position(source, range.start()), position(source, range.end()));
    }

    public static int offset(SourceText source, Position position) {
        return source.offsetOf(position.getLine(), position.getCharacter());
    }

    public static TextRange textRange(SourceText source, Range range) {
        int start = offset(source, range.getStart());
        int end = offset(source, range.getEnd());
        return new TextRange(Math.min(start, end), Math.max(start, end));
    }
}
