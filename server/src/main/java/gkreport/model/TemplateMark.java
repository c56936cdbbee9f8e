package gkreport.model;

import gkreport.grammar.TextRange;

/**
 * A label found in the tables that only one format has, e.g. 「对外公开总数量」 (2019) or
 * 「现行有效件数」 (2021), in table 二 or 三.
 */
public record TemplateMark(TemplateVersion version, String table, String label, TextRange range) {
}
