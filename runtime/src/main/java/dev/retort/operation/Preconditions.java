package dev.retort.operation;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import java.util.List;
import java.util.Map;

/** The checks operations share before they change a schema; each failure names the object. */
final class Preconditions {

    private Preconditions() {}

    static void tableAbsent(Schema schema, String table) {
        if (schema.table(table).isPresent()) {
            throw new SchemaMisfitException("table " + table + " already exists");
        }
    }

    /** The namespace of a table's or sequence's qualified name exists. */
    static void namespaceExists(Schema schema, String qualifiedName, String what) {
        Identifiers.namespaceOf(qualifiedName).filter(n -> !schema.hasNamespace(n)).ifPresent(n -> {
            throw new SchemaMisfitException("there is no schema " + n + " for " + what + " " + qualifiedName
                    + ": create it first with createSchema(\"" + n + "\")");
        });
    }

    static void columnAbsent(Table table, String column) {
        if (table.column(column).isPresent()) {
            throw new SchemaMisfitException("table " + table.name() + " already has a column " + column);
        }
    }

    static void nameFree(Schema schema, String name) {
        schema.tableOwning(name).ifPresent(owner -> {
            TableConstraint existing = owner.constraints().get(name);
            throw new SchemaMisfitException(existing.kind() + " " + name + " already exists on table "
                    + owner.name() + " (index and constraint names are unique across the schema)");
        });
    }

    static <T extends TableConstraint> T constraint(Table table, String name, Class<T> kind, String kindName) {
        String key = Identifiers.fold(name, kindName);
        TableConstraint found = table.constraints().get(key);
        if (found == null) {
            throw new SchemaMisfitException("table " + table.name() + " has no " + kindName + " " + key);
        }
        if (!kind.isInstance(found)) {
            throw new SchemaMisfitException(key + " on table " + table.name() + " is " + withArticle(found.kind())
                    + ", not " + withArticle(kindName));
        }
        return kind.cast(found);
    }

    private static String withArticle(String kind) {
        // The kinds are "index", "unique index", "unique constraint", "foreign key" and "check".
        return (kind.equals("index") ? "an " : "a ") + kind;
    }

    static void referenceResolves(Schema schema, Table owner, ForeignKey fk) {
        Table target = fk.referencedTable().equals(owner.name()) ? owner : schema.requireTable(fk.referencedTable());
        for (String column : fk.referencedColumns()) {
            target.requireColumn(column);
        }
        if (!target.isUniqueKey(fk.referencedColumns())) {
            throw new SchemaMisfitException("foreign key " + fk.name() + " references " + target.name() + " ("
                    + String.join(", ", fk.referencedColumns())
                    + "), which is neither its primary key nor unique");
        }
    }

    /** Refuses to remove a unique key that a foreign key, on any table, still relies on. */
    static void notReliedOn(Schema after, Table table, List<String> keyColumns, String what) {
        if (after.table(table.name()).map(t -> t.isUniqueKey(keyColumns)).orElse(false)) {
            return;
        }
        for (Map.Entry<Table, ForeignKey> reference : after.foreignKeysTo(table.name())) {
            if (reference.getValue().referencedColumns().equals(keyColumns)) {
                throw new SchemaMisfitException(what + " is referenced by foreign key "
                        + reference.getValue().name() + " on table " + reference.getKey().name()
                        + ": drop that foreign key first");
            }
        }
    }
}
