package gkreport.rules.agency;

import java.util.Optional;

/** The agency's name as a key that matches the same agency's reports: spaces and Markdown marks removed. */
public final class AgencyName {
    private AgencyName() {
    }

    public static Optional<String> key(String agency) {
        if (agency == null) return Optional.empty();
        String key = agency.replaceAll("[\\s\\u00A0\\u3000*#]", "");
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
