/*
 * Inline structure of the start of a line: Markdown marks and the heading numeral
 * (「一、」「（一）」「(一)」「1、」「1.」「4、」). A table cell's value is read by
 * gkreport.grammar.CellValues, which defines it.
 *
 * The entry rule accepts every input: what is not a numeral is left to the catch-all token
 * OTHER and reported by the caller, never by the parser.
 */
grammar Inline;

headingStart : marks* WS? (numeral rest | rest) EOF ;

rest         : (~EOF)*? ;

marks        : (HASHES | STARS | BOOKMARK) WS? ;

numeral      : CN_DIGITS DUN                 # chineseNumeral
             | OPEN CN_DIGITS CLOSE          # bracketedChineseNumeral
             | ARABIC (DUN | DOT)            # arabicNumeral
             | OPEN ARABIC CLOSE             # bracketedArabicNumeral
             ;

HASHES    : '#'+ ;
// Word's bookmark debris as converters leave it: 「[bookmark: _GoBack]」.
BOOKMARK  : '[bookmark:' ~[\]\r\n]* ']' ;
STARS     : '**' ;
CN_DIGITS : [一二三四五六七八九十〇零]+ ;
ARABIC    : [0-9０-９]+ ;
DUN       : '、' ;
DOT       : '.' | '．' ;
OPEN      : '(' | '（' ;
CLOSE     : ')' | '）' ;
// A form feed (a page break in pdftotext's output) or vertical tab before a numeral is a space too.
WS        : [ \t\u00A0\u3000\f\u000B]+ ;
OTHER     : . ;
