package gkreport.config;

import gkreport.text.Message;
import java.nio.file.Path;

/**
 * Something wrong in a config file that was skipped, not fatal: an unknown key, a bad value,
 * a syntax error (then the whole file is skipped).
 *
 * @param file    the config file
 * @param where   where in it, e.g. 「rules.sum-relaton」 or 「overrides[1].files」; empty for the whole file
 * @param message what is wrong, to render in the user's language
 */
public record ConfigWarning(Path file, String where, Message message) {
}
