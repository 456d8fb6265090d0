package dev.retort.schema.json;

/**
 * A schema document that cannot be read: malformed JSON, a missing or mistyped field, or a schema the
 * model refuses. The message starts with the path in the document, e.g.
 * {@code $.tables[1].columns[0].type (line 12, column 19): unknown type 'varchr(255)'}.
 */
public final class SchemaJsonException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaJsonException(String message) {
        super(message);
    }
}
