package gkreport.rules.crossyear;

import gkreport.model.Title;
import gkreport.rules.agency.AgencyName;
import java.util.Optional;

/**
 * What pairs a report with the same agency's report of the year before: the agency named in its
 * title, as {@link AgencyName#key} compares it, and the title's year. Small enough to hold for
 * every file of a large batch before any is checked.
 */
public record CrossYearKey(String agency, int year) {
    /** The key of a report with this title; empty when the title names no agency or year. */
    public static Optional<CrossYearKey> of(Title title) {
        if (title == null || title.year() == null) return Optional.empty();
        return AgencyName.key(title.agency()).map(agency -> new CrossYearKey(agency, title.year()));
    }

    /** The key of the same agency's report of the year before. */
    public CrossYearKey lastYear() {
        return new CrossYearKey(agency, year - 1);
    }
}
