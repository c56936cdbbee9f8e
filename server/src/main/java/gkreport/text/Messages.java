package gkreport.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/** Renders messages from the resource bundles: Chinese by default, English on request. */
public final class Messages {
    private static final String BUNDLE = "gkreport.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    public static final Messages ZH = new Messages(Locale.ROOT);
    public static final Messages EN = new Messages(Locale.ENGLISH);

    /** 「zh」 (default) or 「en」. */
    public static Messages forLanguage(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
    }

    public String render(Message message) {
        String pattern;
        try {
            pattern = bundle.getString(message.key());
        } catch (MissingResourceException e) {
            pattern = message.key() + " {0}";
        }
        Object[] args = message.args().stream().map(this::argument).toArray();
        return new MessageFormat(pattern.replace("'", "''"), locale).format(args);
    }

    private Object argument(Object a) {
        if (a instanceof Message m) return render(m);
        if (a instanceof Count c) return c.n();
        return oneLine(String.valueOf(a));
    }

    /**
     * The text with each line break (CR, LF, CR LF, U+2028…) shown as 「⏎」: a finding is one line of
     * output, whatever the text or the file name it quotes.
     */
    public static String oneLine(String text) {
        return LINE_BREAK.matcher(text).replaceAll("⏎");
    }

    public String text(String key) {
        return render(Message.of(key));
    }
}
