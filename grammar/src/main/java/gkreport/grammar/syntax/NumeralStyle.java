package gkreport.grammar.syntax;

/** The numbering styles of the format and the wrong ones seen in real reports. */
public enum NumeralStyle {
    /** 「一、」: sections. */
    CHINESE,
    /** 「（一）」 with full-width brackets: subsections. */
    CHINESE_FULLWIDTH_BRACKETS,
    /** 「(一)」 with ASCII brackets: subsections, another width. */
    CHINESE_ASCII_BRACKETS,
    /** 「1、」: items. */
    ARABIC_DUN,
    /** 「1.」 or 「1．」: items. */
    ARABIC_DOT,
    /** 「(1)」 or 「（1）」. */
    ARABIC_BRACKETS
}
