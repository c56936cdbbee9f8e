/*
 * Inline structure of one line or cell: Markdown marks and the heading numeral at the
 * start of a line (「一、」「（一）」「(一)」「1、」「1.」「4、」), and the value of a table
 * cell (signed 「+73」, decimals, thousands separators, a unit or stray text beside it, or the
 * mark of a merged cell).
 *
 * Both entry rules accept every input: what is not a numeral or a number is left to the
 * catch-all token OTHER and reported by the caller, never by the parser.
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

cellValue    : WS? MERGED WS? EOF
             | WS? number? trailer EOF
             ;

number       : SIGN? WS? ARABIC (COMMA ARABIC)* (DOT ARABIC)? ;

trailer      : (~EOF)*? ;

// The canonical form's mark of a cell merged into the one above (「^^」) or on the left (「<<」).
MERGED    : '^^' | '<<' ;
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
SIGN      : '+' | '-' | '＋' | '－' | '−' ;
COMMA     : ',' | '，' ;
// A form feed (a page break in pdftotext's output) or vertical tab before a numeral is a space too.
WS        : [ \t\u00A0\u3000\f\u000B]+ ;
OTHER     : . ;
