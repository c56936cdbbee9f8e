package gkreport.text;

import java.util.Arrays;
import java.util.List;

/**
 * A message to be rendered in the user's language: a key of the {@code messages} bundle and its
 * arguments (strings, or nested messages rendered in the same language).
 */
public record Message(String key, List<Object> args) {
    public Message {
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }
}
