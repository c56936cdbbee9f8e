package gkreport.grammar;

import gkreport.grammar.syntax.*;
import java.nio.file.*;

class DumpTool {
    public static void main(String[] args) throws Exception {
        Document d = ReportParser.parse(Files.readString(Path.of(args[0])));
        for (Block b : d.blocks()) {
            if (b instanceof TextLine t) System.out.println("L" + (t.line()+1) + " " + (t.prefix().hasNumeral() ? t.prefix().numeral() : "") + " | " + d.source().slice(t.contentRange()).substring(0, Math.min(30, t.contentRange().length())));
            else if (b instanceof Table tb) {
                System.out.println("TABLE");
                for (Row r : tb.rows()) System.out.println("  R" + (r.firstLine()+1) + " " + r.form() + " " + r.cells().stream().map(c -> c.text().replace("\n","⏎")).toList());
            }
        }
    }
}
