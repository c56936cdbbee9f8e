/** Rule pages opened as rendered previews (pure; no VS Code). */

/** The command that shows a rule's page as a rendered Markdown preview. */
export const SHOW_RULE = 'gkreport.showRule';

/**
 * The link a diagnostic's rule id opens: the server gives the rule's page as a `file:` URI of a
 * Markdown file, which VS Code would open for editing; this runs {@link SHOW_RULE} on it instead.
 * Anything else is kept as it is.
 */
export function rulePreviewLink(target: string): string {
  if (!/^file:.*\.md$/i.test(target)) return target;
  return `command:${SHOW_RULE}?${encodeURIComponent(JSON.stringify([target]))}`;
}
