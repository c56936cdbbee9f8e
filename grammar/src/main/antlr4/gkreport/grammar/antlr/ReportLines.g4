/*
 * The line and table structure of a report in its structured-text form.
 *
 * One document may mix every form real reports arrive in:
 *  - prose and heading lines (optionally with Markdown marks, read by Inline.g4);
 *  - cell-per-line table rows as Apache Tika writes them: each cell on a line after a tab,
 *    a blank line between rows, a cell continued on following lines that have no tab;
 *  - pipe rows: cells between '|' on one line;
 *  - tab-separated rows: cells between tabs on one line.
 *
 * Every input parses: each token sequence is some kind of line, so the parser never
 * needs error recovery. The tree builder (ReportParser) turns the parse tree into
 * the syntax tree with exact source ranges.
 */
grammar ReportLines;

@parser::members {
    /**
     * Tika continues a cell on the next lines that have no tab. A line that opens one of the
     * six sections is never such a continuation, even when no blank line separates it, nor is a
     * comment line (an imported PDF's page mark).
     */
    private boolean continuesCell() {
        StringBuilder line = new StringBuilder();
        for (int k = 1; ; k++) {
            Token t = _input.LT(k);
            if (t.getType() == NL || t.getType() == Token.EOF) break;
            line.append(t.getText());
        }
        String text = line.toString();
        return !gkreport.grammar.SectionHeadingHint.opensSection(text) && !text.strip().startsWith("<!--");
    }
}

document     : block* EOF ;

block        : tikaRow
             | pipeRow
             | tabRow
             | blankLine
             | textLine
             ;

tikaRow      : cellLine (cellLine | continuation)* ;
cellLine     : WS? TAB+ content? NL ;
continuation : {continuesCell()}? WS? TEXT NL ;

pipeRow      : (WS | TEXT | TAB)* PIPE (WS | TEXT | TAB | PIPE)* NL ;

tabRow       : WS? TAB* content (TAB+ content?)+ NL ;

blankLine    : WS? NL ;
textLine     : WS? TEXT NL ;

content      : WS? TEXT | WS ;

NL   : '\r\n' | '\n' | '\r' ;
TAB  : '\t' ;
PIPE : '|' | '｜' ;
WS   : [ \u000B\f\u00A0\u3000]+ ;
// The catch-all: any run of characters that is not a separator.
TEXT : ~[\t|｜\r\n \u000B\f\u00A0\u3000] ~[\t|｜\r\n]* ;
