package gkreport.review;

import gkreport.text.Message;
import gkreport.text.Messages;

/** The page's own words, from the message bundles, escaped for HTML. */
final class Words {
    private final Messages messages;

    Words(Messages messages) {
        this.messages = messages;
    }

    /** The text of a key, escaped. */
    String text(String key) {
        return Html.escape(messages.text(key));
    }

    /** The text of a key with its arguments, escaped. */
    String render(String key, Object... args) {
        return Html.escape(messages.render(Message.of(key, args)));
    }

    /** 「zh-CN」 or 「en」. */
    String language() {
        return messages == Messages.EN ? "en" : "zh-CN";
    }

    Messages messages() {
        return messages;
    }
}
