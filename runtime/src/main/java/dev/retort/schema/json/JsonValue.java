package dev.retort.schema.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A JSON value as jackson-core's parser reads it, with its path in the document and its line and
 * column, so that whatever is wrong with it can be said where it is.
 */
final class JsonValue {

    enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

    private final Kind kind;
    private final String path;
    private final String location;
    private final Map<String, JsonValue> fields;
    private final List<JsonValue> elements;
    private final Object scalar;

    private JsonValue(Kind kind, String path, String location, Map<String, JsonValue> fields,
                      List<JsonValue> elements, Object scalar) {
        this.kind = kind;
        this.path = path;
        this.location = location;
        this.fields = fields;
        this.elements = elements;
        this.scalar = scalar;
    }

    /** The whole document: one value and nothing after it. */
    static JsonValue readDocument(JsonParser parser) throws IOException {
        if (next(parser, "$") == null) {
            throw new SchemaJsonException("$: the document is empty");
        }
        JsonValue root = read(parser, "$");
        if (next(parser, "$") != null) {
            throw new SchemaJsonException("$" + where(parser) + ": unexpected content after the document");
        }
        return root;
    }

    /** The value whose first token the parser is on. */
    private static JsonValue read(JsonParser parser, String path) throws IOException {
        String location = where(parser);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, JsonValue> fields = new LinkedHashMap<>();
                while (next(parser, path) == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    String fieldPath = path + "." + name;
                    if (fields.containsKey(name)) {
                        throw new SchemaJsonException(fieldPath + where(parser) + ": the field appears twice");
                    }
                    next(parser, fieldPath);
                    fields.put(name, read(parser, fieldPath));
                }
                return new JsonValue(Kind.OBJECT, path, location, Collections.unmodifiableMap(fields), null, null);
            }
            case START_ARRAY: {
                List<JsonValue> elements = new ArrayList<>();
                while (next(parser, path + "[" + elements.size() + "]") != JsonToken.END_ARRAY) {
                    elements.add(read(parser, path + "[" + elements.size() + "]"));
                }
                return new JsonValue(Kind.ARRAY, path, location, null, List.copyOf(elements), null);
            }
            case VALUE_STRING:
                return scalar(Kind.STRING, path, location, parser.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return scalar(Kind.NUMBER, path, location, parser.getDecimalValue());
            case VALUE_TRUE:
            case VALUE_FALSE:
                return scalar(Kind.BOOLEAN, path, location, token == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return scalar(Kind.NULL, path, location, null);
            default:
                throw new SchemaJsonException(path + location + ": unexpected " + token);
        }
    }

    private static JsonValue scalar(Kind kind, String path, String location, Object value) {
        return new JsonValue(kind, path, location, null, null, value);
    }

    /** The next token; malformed JSON becomes a message naming the path being read. */
    private static JsonToken next(JsonParser parser, String path) throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            String location = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            // Jackson's own end-of-input message cites a redacted source; say it plainly instead.
            String problem = malformed instanceof JsonEOFException ? "the document ends before this value does"
                    : malformed.getOriginalMessage();
            throw new SchemaJsonException(path + location + ": malformed JSON: " + problem);
        }
    }

    private static String where(JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        return " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /** A failure about this value, naming where it is. */
    SchemaJsonException error(String message) {
        return new SchemaJsonException(path + location + ": " + message);
    }

    /** This object's fields; refuses any field not in {@code allowed}, so a typo does not go unnoticed. */
    JsonValue object(Set<String> allowed) {
        expect(Kind.OBJECT, "an object");
        for (String name : fields.keySet()) {
            if (!allowed.contains(name)) {
                throw fields.get(name).error("unknown field; expected one of " + allowed.stream().sorted().toList());
            }
        }
        return this;
    }

    /** The field; an explicit null is returned, for the accessor to say what it expected instead. */
    JsonValue field(String name) {
        JsonValue value = fields.get(name);
        if (value == null) {
            throw error("the field \"" + name + "\" is missing");
        }
        return value;
    }

    /** The field, when it is present and not null. */
    Optional<JsonValue> optionalField(String name) {
        JsonValue value = fields.get(name);
        return value == null || value.kind == Kind.NULL ? Optional.empty() : Optional.of(value);
    }

    List<JsonValue> array() {
        expect(Kind.ARRAY, "an array");
        return elements;
    }

    String string() {
        expect(Kind.STRING, "a string");
        return (String) scalar;
    }

    boolean bool() {
        expect(Kind.BOOLEAN, "true or false");
        return (Boolean) scalar;
    }

    BigDecimal decimal() {
        expect(Kind.NUMBER, "a number");
        return (BigDecimal) scalar;
    }

    long wholeNumber() {
        try {
            return decimal().longValueExact();
        } catch (ArithmeticException notWhole) {
            throw error("expected a whole number, found " + decimal().toPlainString());
        }
    }

    private void expect(Kind expected, String what) {
        if (kind != expected) {
            throw error("expected " + what + ", found " + describe());
        }
    }

    private String describe() {
        switch (kind) {
            case OBJECT:
                return "an object";
            case ARRAY:
                return "an array";
            case STRING:
                return "the string \"" + scalar + "\"";
            case NUMBER:
                return "the number " + ((BigDecimal) scalar).toPlainString();
            case BOOLEAN:
                return String.valueOf(scalar);
            default:
                return "null";
        }
    }
}
