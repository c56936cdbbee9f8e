package gkreport.rules.agency;

import java.util.Optional;
import java.util.regex.Pattern;

/** The agency's name as a key that matches the same agency's reports: spaces and Markdown marks removed. */
public final class AgencyName {
    private static final Pattern MARKS = Pattern.compile("[\\s\\u00A0\\u3000*#]");

    private AgencyName() {
    }

    public static Optional<String> key(String agency) {
        if (agency == null) return Optional.empty();
        String key = MARKS.matcher(agency).replaceAll("");
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
