/** Maps the `gkreport.*` editor settings to what the server reads (pure; no VS Code). */

export const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type Language = 'zh' | 'en';
export type RunMode = 'onType' | 'onSave';

/** `initializationOptions` and `workspace/didChangeConfiguration` → `settings.gkreport`. */
export interface ServerSettings {
  language: Language;
  rules: Record<string, Severity>;
  run: RunMode;
  debounceMs: number;
}

/** The raw values of `gkreport.language`, `gkreport.rules` and `gkreport.run`. */
export interface EditorSettings {
  language?: unknown;
  rules?: unknown;
  run?: unknown;
}

export const DEBOUNCE_MS = 250;

/** `zh-CN` (the default) → `zh`, `en` → `en`. */
export function toLanguage(value: unknown): Language {
  return typeof value === 'string' && value.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

function isSeverity(value: unknown): value is Severity {
  return (SEVERITIES as readonly unknown[]).includes(value);
}

/** Keeps only entries whose value is a known severity. */
export function toRules(value: unknown): Record<string, Severity> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, Severity] => isSeverity(entry[1])),
  );
}

export function toServerSettings(settings: EditorSettings): ServerSettings {
  return {
    language: toLanguage(settings.language),
    rules: toRules(settings.rules),
    run: settings.run === 'onSave' ? 'onSave' : 'onType',
    debounceMs: DEBOUNCE_MS,
  };
}
