package gkreport.cli;

import gkreport.text.Count;
import gkreport.text.Message;
import gkreport.text.Messages;

/** The closing line of the text and GitHub formats: 「共检查 N 个文件：…」. */
final class Summary {
    private Summary() {
    }

    static String line(Tally t, Messages messages) {
        String summary = messages.render(Message.of("cli.summary", Count.of(t.files()), Count.of(t.errors()),
                Count.of(t.warnings()), Count.of(t.infos())));
        if (t.unreadable() > 0) summary += messages.render(Message.of("cli.unreadableCount", Count.of(t.unreadable())));
        return summary;
    }
}
