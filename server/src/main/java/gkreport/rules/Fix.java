package gkreport.rules;

import gkreport.text.Message;
import java.util.List;

/**
 * A fix as data: its title and its edits.
 *
 * @param safe whether {@code check --fix} and fix-all may apply it without a person looking
 *             (numbering and titles); a changed number never is
 */
public record Fix(Message title, List<TextEdit> edits, boolean safe) {
    public Fix {
        edits = List.copyOf(edits);
    }
}
