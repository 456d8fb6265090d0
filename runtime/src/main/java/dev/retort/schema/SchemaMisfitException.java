package dev.retort.schema;

/**
 * An operation that does not fit the schema it is applied to (an unknown column, a table created
 * twice), or a schema value that cannot exist. The message names the object and reads as a sentence.
 */
public final class SchemaMisfitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SchemaMisfitException(String message) {
        super(message);
    }
}
