package dev.retort.schema;

/** What a foreign key does when the row it references is deleted. */
public enum ReferentialAction {
    NO_ACTION, RESTRICT, CASCADE, SET_NULL, SET_DEFAULT;

    /** The action as SQL, e.g. {@code SET NULL}. */
    public String sql() {
        return name().replace('_', ' ');
    }
}
