package dev.retort.schema;

import java.util.List;

/**
 * An object that lives on a table under a name of its own: an index or a constraint. Their names
 * share one namespace across the schema, as PostgreSQL and H2 require, so that a migration written
 * for one database runs on the others.
 */
public sealed interface TableConstraint permits Index, UniqueConstraint, ForeignKey, CheckConstraint {

    String name();

    /** The columns of this table it uses, in order. Empty for a check. */
    List<String> columns();

    /** What kind of object this is, as a message says it: "index", "foreign key", ... */
    String kind();

    /** Whether this and {@code other} are the same object but for their names. */
    boolean sameShape(TableConstraint other);
}
