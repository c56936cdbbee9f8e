package gkreport.rules;

import java.util.Locale;

/** How serious a finding is; {@link #OFF} turns a rule off in the configuration. */
public enum Severity {
    ERROR, WARNING, INFO, OFF;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses 「error」「warning」「info」「off」 (any case); null when the text is none of them. */
    public static Severity parse(String text) {
        if (text == null) return null;
        for (Severity s : values()) {
            if (s.id().equalsIgnoreCase(text.strip())) return s;
        }
        return null;
    }
}
