package gkreport.testkit;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates JSON against a JSON schema file (networknt json-schema-validator). */
public final class JsonSchemas {
    private JsonSchemas() {
    }

    /** The validation errors of the JSON, as messages; empty when it is valid. */
    public static List<String> errors(Path schemaFile, SpecificationVersion version, String json) {
        try {
            Schema schema = SchemaRegistry.withDefaultDialect(version).getSchema(Files.readString(schemaFile, StandardCharsets.UTF_8));
            return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
