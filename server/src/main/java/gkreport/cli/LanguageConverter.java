package gkreport.cli;

import java.util.Locale;
import picocli.CommandLine;

/**
 * {@code --lang} takes zh or en and nothing else: a language silently taken for Chinese (「fr」)
 * would also override a config file's {@code "language": "en"}.
 */
final class LanguageConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
        String language = value.strip().toLowerCase(Locale.ROOT);
        if (language.equals("zh") || language.equals("en")) return language;
        throw new CommandLine.TypeConversionException("“" + value + "”不是可用的语言，只能是 zh（中文）或 en（English） / “" + value
                + "” is no language gkreport speaks: use zh or en");
    }
}
