package gkreport.model;

/**
 * A sentence of the report's prose.
 *
 * @param prose   its normalised text with source offsets, without the closing punctuation
 * @param section the number (1..6) of the section it stands in, 0 before the first section
 */
public record Sentence(Prose prose, int section) {
    public String text() {
        return prose.text();
    }
}
