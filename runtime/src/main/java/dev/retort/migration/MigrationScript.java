package dev.retort.migration;

/**
 * A schema migration: the operations that move the schema forward, and the ones that move it back.
 * Annotate the class with {@link dev.retort.annotation.Migration}. Bodies are straight lists of
 * {@code op.} calls whose arguments are literals or constants, so that javac can read them.
 */
public interface MigrationScript {

    void upgrade(Ops op);

    /**
     * The exact inverse of {@link #upgrade}. The default only throws: Retort refuses to compile a
     * migration that does not override it.
     */
    default void downgrade(Ops op) {
        throw new UnsupportedOperationException(getClass().getName() + " has no downgrade");
    }
}
