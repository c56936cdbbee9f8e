package gkreport.testkit;

/**
 * A finding as a person reads it.
 *
 * @param rule    the rule id
 * @param line    1-based line of its start
 * @param text    the text it marks
 * @param message the message in Chinese
 */
public record Shown(String rule, int line, String text, String message) {
}
