package gkreport.cli;

import gkreport.rules.Message;
import gkreport.rules.Messages;

/** The closing line of the text and GitHub formats: 「共检查 N 个文件：…」. */
final class Summary {
    private Summary() {
    }

    static String line(Tally t, Messages messages) {
        String summary = messages.render(Message.of("cli.summary", String.valueOf(t.files()), String.valueOf(t.errors()),
                String.valueOf(t.warnings()), String.valueOf(t.infos())));
        if (t.unreadable() > 0) summary += messages.render(Message.of("cli.unreadableCount", String.valueOf(t.unreadable())));
        return summary;
    }
}
