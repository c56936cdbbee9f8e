package gkreport.io;

import java.util.regex.Pattern;

/**
 * A file pattern of the config's {@code overrides} and {@code ignores} and of {@code .gkreportignore},
 * matched against a path relative to the config (or ignore) file's folder, with '/' separators:
 * {@code *} matches within a folder name, {@code **} across folders, {@code ?} one character,
 * {@code [abc]} (or {@code [!abc]}) one of a set, {@code {a,b}} either. A pattern without '/'
 * matches the file name at any depth ({@code *.docx}), as in .gitignore.
 */
public final class Glob {
    private final String pattern;
    private final Pattern regex;

    private Glob(String pattern, Pattern regex) {
        this.pattern = pattern;
        this.regex = regex;
    }

    public static Glob of(String pattern) {
        String p = pattern.strip().replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        boolean anchored = p.contains("/");
        if (p.startsWith("/")) p = p.substring(1);
        String body = translate(p);
        return new Glob(pattern, Pattern.compile(anchored ? body : "(?:.*/)?" + body));
    }

    public boolean matches(String relativePath) {
        return regex.matcher(relativePath.replace('\\', '/')).matches();
    }

    @Override
    public String toString() {
        return pattern;
    }

    private static String translate(String glob) {
        StringBuilder b = new StringBuilder();
        boolean inBraces = false;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean slashAfter = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
                b.append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            } else if (c == '*') {
                b.append("[^/]*");
            } else if (c == '?') {
                b.append("[^/]");
            } else if (c == '{') {
                inBraces = true;
                b.append("(?:");
            } else if (c == '}' && inBraces) {
                inBraces = false;
                b.append(')');
            } else if (c == ',' && inBraces) {
                b.append('|');
            } else if (c == '[' && glob.indexOf(']', i + 1) > i + 1) {
                int end = glob.indexOf(']', i + 1);
                String set = glob.substring(i + 1, end).replace("[", "\\[");
                b.append('[').append(set.startsWith("!") ? "^" + set.substring(1) : set).append(']');
                i = end;
            } else {
                b.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (inBraces) b.append(')');
        return b.toString();
    }
}
