package gkreport.cli;

import com.google.gson.Gson;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Steps of writing a streamed JSON document; a failure to write is unchecked, as PrintWriter's own are. */
final class JsonSteps {
    private JsonSteps() {
    }

    interface Step {
        void run() throws IOException;
    }

    /** A JSON writer to the output, set up as the Gson instance writes (indent, escaping, nulls). */
    static JsonWriter open(Gson gson, Writer out) {
        try {
            return gson.newJsonWriter(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
