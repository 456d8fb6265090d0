package dev.retort.schema.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.retort.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A schema as JSON, in the {@code retort-schema/1} format described in {@code runtime/SCHEMA-JSON.md}:
 * what the processor writes as the expected schema and the runtime reads back. Reading what was
 * written gives an equal schema; equal schemas are written as the same text.
 */
public final class SchemaJson {

    /** The value of the document's {@code format} field. */
    public static final String FORMAT = "retort-schema/1";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private SchemaJson() {}

    /** The schema as pretty-printed JSON, ending with a line break. */
    public static String write(Schema schema) {
        StringWriter out = new StringWriter();
        try {
            write(schema, out);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** Writes the schema; the writer stays open. */
    public static void write(Schema schema, Writer out) throws IOException {
        SchemaJsonWriter.write(schema, out);
    }

    /**
     * The schema this document describes.
     *
     * @throws SchemaJsonException when the document is malformed or describes no valid schema; the
     *     message names the place in the document
     */
    public static Schema read(String json) {
        try {
            return read(new StringReader(json));
        } catch (IOException e) {
            throw new UncheckedIOException("a StringReader does not fail", e);
        }
    }

    /** Reads a document from UTF-8 bytes, e.g. a classpath resource; the stream stays open. */
    public static Schema read(InputStream in) throws IOException {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    /** Reads a document; the reader stays open. */
    public static Schema read(Reader in) throws IOException {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return SchemaJsonReader.read(JsonValue.readDocument(parser));
        }
    }
}
