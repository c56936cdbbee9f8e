/*
 * The line and table structure of a report in its structured-text form.
 *
 * One document may mix every form real reports arrive in:
 *  - prose and heading lines (optionally with Markdown marks, read by Inline.g4);
 *  - cell-per-line table rows as Apache Tika writes them: each cell on a line after a tab,
 *    a blank line between rows, a cell continued on following lines that have no tab;
 *  - pipe rows: cells between '|' on one line;
 *  - tab-separated rows: cells between tabs on one line;
 *  - space-aligned rows as `pdftotext -layout` and a PDF viewer's copy write them: fields
 *    apart by gaps of two or more spaces, the last ones numbers. Which column a field stands
 *    in is left to the recognizer: it is read from the field's place on its line.
 *
 * Within a line, a run of text with single spaces in it is one TEXT ("2023 年 1 月"), up to a
 * gap of two or more spaces; a field that is a number alone is NUMBER. Two fields next to each
 * other are apart by a gap.
 * A space-aligned row is also a text line; the parser takes the first alternative, so a line
 * is a row exactly when its shape says so, and prose with a number at its end after a single
 * space stays prose.
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
             | spacedRow
             | blankLine
             | textLine
             ;

tikaRow      : cellLine (cellLine | continuation)* ;
cellLine     : WS? TAB+ content? NL ;
continuation : {continuesCell()}? WS? (TEXT | NUMBER) (WS? (TEXT | NUMBER))* WS? NL ;

pipeRow      : (WS | TEXT | NUMBER | TAB)* PIPE (WS | TEXT | NUMBER | TAB | PIPE)* NL ;

tabRow       : WS? TAB* content (TAB+ content?)+ NL ;

// Two fields or more, the last a number: 「规章      0     0     0」, 「10    1     0」. The loop
// leaves at the number the line ends with, so the rule needs a few tokens of lookahead inside;
// which block a line is needs the whole line, once.
spacedRow    : WS? (TEXT | NUMBER) (WS? (TEXT | NUMBER))* WS? NUMBER WS? NL ;

blankLine    : WS? NL ;
textLine     : WS? (TEXT | NUMBER) (WS? (TEXT | NUMBER))* WS? NL ;

// Fields are written out as (TEXT | NUMBER) rather than as a rule of their own: a rule would
// add a tree node per field, and a large document's tree must stay small.
content      : WS? (TEXT | NUMBER) (WS? (TEXT | NUMBER))* WS? | WS ;

NL   : '\r\n' | '\n' | '\r' ;
TAB  : '\t' ;
PIPE : '|' | '｜' ;
WS   : [ \u000B\f\u00A0\u3000]+ ;
// A field holds its trailing spaces, so that a row's gaps and a cell's padding take no token.
// A number alone: 「21」「+3」「7730.28」. Longer text starting with digits is TEXT (「2023 年」「-3-」).
NUMBER : [+\-]? [0-9]+ ('.' [0-9]+)? ' '* ;
// The catch-all: any run of characters that is not a separator, single spaces inside it.
TEXT : INK (' '? INK)* ' '* ;
fragment INK : ~[\t|｜\r\n \u000B\f\u00A0\u3000] ;
