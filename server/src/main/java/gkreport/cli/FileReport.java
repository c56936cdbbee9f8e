package gkreport.cli;

import gkreport.importer.InputKind;
import gkreport.io.DecodedText;
import gkreport.recognize.ReportDetector;
import gkreport.rules.Finding;
import gkreport.rules.Severity;
import gkreport.service.Analysis;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.util.List;

/**
 * What checking one file gave: its analysis, or why it could not be read.
 *
 * @param path     the path as shown to the user
 * @param input    whether the file was text or converted from .docx or .html
 * @param decoded  the file's text (the converted text for .docx and .html), or null when unreadable
 * @param analysis its analysis, or null when unreadable
 * @param error    why it could not be read or written, or null
 * @param fixed    how many fixes --fix applied
 * @param messages the language its findings are told in (its config's, or --lang)
 */
record FileReport(String path, InputKind input, DecodedText decoded, Analysis analysis, Message error, int fixed,
                  Messages messages) {
    static FileReport unreadable(String path, InputKind input, Message error, Messages messages) {
        return new FileReport(path, input, null, null, error, 0, messages);
    }

    /** This report with only its error findings (--quiet). */
    FileReport errorsOnly() {
        return readable() ? withAnalysis(analysis.only(Severity.ERROR)) : this;
    }

    FileReport withAnalysis(Analysis more) {
        return new FileReport(path, input, decoded, more, error, fixed, messages);
    }

    boolean readable() {
        return analysis != null;
    }

    /**
     * A text that is no report by its first lines ({@link ReportDetector}: no title, no section, no
     * table — a README beside the reports): what a folder walk found is skipped. A file that could not
     * be read is reported, whatever it is.
     */
    /** What went wrong with the file, as one line: it could not be read, or its fixes not written back. */
    Message problem() {
        return Message.of(readable() ? "cli.notWritten" : "cli.unreadable", path, error);
    }

    boolean notAReport() {
        return readable() && !ReportDetector.looksLikeReport(decoded.text());
    }

    /** Where the finding stands, in words, for a converted file (led by its page, for a PDF); null for a text file. */
    Message place(Finding f) {
        List<Message> places = places(f);
        int page = page(f);
        if (places.isEmpty()) return page > 0 ? Message.of("place.page", page) : null;
        return page > 0 ? Message.of("place.onPage", page, places.get(0)) : places.get(0);
    }

    /** The page of an imported PDF the finding stands on, or 0 for other files. */
    int page(Finding f) {
        return input.converted() && readable() ? analysis.report().document().pageAt(f.range().start()) : 0;
    }

    /**
     * The finding's message; for a converted file led by its place in words (and its page, for a
     * PDF), unless the message names that place already, or the row the cell lies in.
     */
    String message(Finding f) {
        String text = messages.render(f.message());
        List<Message> places = places(f);
        int page = page(f);
        boolean named = !places.isEmpty() && (names(text, places.get(0))
                || places.stream().filter(p -> p.key().startsWith("place.")).anyMatch(p -> names(text, p)));
        if (named) return page > 0 ? messages.render(Message.of("cli.paged", page, text)) : text;
        Message place = place(f);
        return place == null ? text : messages.render(Message.of("cli.placed", place, text));
    }

    /**
     * Whether a message names the place: a section by its wording, any other place by its table
     * and labels, however the message words them (「表三“自然人”列…“（七）总计”」 names the cell).
     */
    private boolean names(String text, Message place) {
        if (place.key().equals("place.section")) return text.contains(String.valueOf(place.args().get(1)));
        return place.args().stream().allMatch(a -> text.contains(a instanceof Message m ? messages.render(m) : String.valueOf(a)));
    }

    private List<Message> places(Finding f) {
        return input.converted() && readable() ? FindingPlace.of(analysis.report(), f) : List.of();
    }
}
