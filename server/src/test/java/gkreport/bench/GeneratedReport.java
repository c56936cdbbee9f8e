package gkreport.bench;

/**
 * A generated report and the defect injected into it, if any.
 *
 * @param defect the rule id the defect should trigger, or null for a clean report
 */
public record GeneratedReport(String text, String defect) {
}
