package gkreport.rules;

import java.util.Arrays;
import java.util.Optional;

/** Every rule's stable id and default severity (design.md's catalog; ids are added, never renamed). */
public enum RuleId {
    SUM_RELATION("sum-relation", Severity.ERROR),
    SECTION_NUMBER("section-number", Severity.ERROR),
    SUBSECTION_NUMBER("subsection-number", Severity.WARNING),
    SECTION_TITLE("section-title", Severity.WARNING),
    SECTION_MISSING("section-missing", Severity.ERROR),
    TABLE_MISSING("table-missing", Severity.ERROR),
    ROW_MISSING("row-missing", Severity.ERROR),
    MISSING_CELLS("missing-cells", Severity.ERROR),
    INVALID_NUMBER("invalid-number", Severity.ERROR),
    TEMPLATE_VERSION("template-version", Severity.ERROR),
    UNKNOWN_ROW("unknown-row", Severity.WARNING),
    YEAR_MISMATCH("year-mismatch", Severity.WARNING),
    CROSS_YEAR("cross-year", Severity.WARNING),
    NARRATIVE_MISMATCH("narrative-mismatch", Severity.WARNING),
    CONVERSION_ARTIFACT("conversion-artifact", Severity.WARNING),
    PLAUSIBILITY("plausibility", Severity.WARNING),
    UNREADABLE_TABLE("unreadable-table", Severity.WARNING);

    private final String id;
    private final Severity defaultSeverity;

    RuleId(String id, Severity defaultSeverity) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The rule's documentation page, relative to the project root. */
    public String docPath() {
        return "docs/rules/" + id + ".md";
    }

    public static Optional<RuleId> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
