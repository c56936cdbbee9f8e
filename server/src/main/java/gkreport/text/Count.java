package gkreport.text;

/**
 * A message argument that counts things, kept a number so that a bundle can choose the word's
 * form ({@code {0,choice,1#1 file|1<{0} files}}); every other argument is rendered as text.
 */
public record Count(long n) {
    public static Count of(long n) {
        return new Count(n);
    }
}
