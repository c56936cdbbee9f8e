package gkreport.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.TypeAdapter;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * A JSON answer sent with its null members written out (the protocol's Gson leaves them out), so a
 * client reads {@code "number": null} for a cell that holds none.
 */
@JsonAdapter(JsonWithNulls.Adapter.class)
record JsonWithNulls(JsonElement json) {
    static final class Adapter extends TypeAdapter<JsonWithNulls> {
        private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);

        @Override
        public void write(JsonWriter out, JsonWithNulls value) throws IOException {
            boolean serializeNulls = out.getSerializeNulls();
            out.setSerializeNulls(true);
            ELEMENTS.write(out, value.json());
            out.setSerializeNulls(serializeNulls);
        }

        @Override
        public JsonWithNulls read(JsonReader in) throws IOException {
            return new JsonWithNulls(ELEMENTS.read(in));
        }
    }
}
