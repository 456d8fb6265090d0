package dev.retort.schema;

import java.util.List;

/** A foreign key from columns of its table to columns of a referenced table. */
public record ForeignKey(String name, List<String> columns, String referencedTable,
                         List<String> referencedColumns, ReferentialAction onDelete) implements TableConstraint {

    public ForeignKey {
        name = Identifiers.fold(name, "foreign key");
        columns = Identifiers.foldAll(columns, "foreign key " + name);
        referencedTable = Identifiers.foldQualified(referencedTable, "referenced table");
        referencedColumns = Identifiers.foldAll(referencedColumns, "foreign key " + name + " referenced");
        if (columns.size() != referencedColumns.size()) {
            throw new SchemaMisfitException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
        if (onDelete == null) {
            onDelete = ReferentialAction.NO_ACTION;
        }
    }

    @Override
    public String kind() {
        return "foreign key";
    }

    @Override
    public boolean sameShape(TableConstraint other) {
        return other instanceof ForeignKey fk && fk.columns.equals(columns)
                && fk.referencedTable.equals(referencedTable)
                && fk.referencedColumns.equals(referencedColumns)
                && fk.onDelete == onDelete;
    }

    @Override
    public String toString() {
        return "foreign key " + name + " (" + String.join(", ", columns) + ") references "
                + referencedTable + " (" + String.join(", ", referencedColumns) + ")"
                + (onDelete == ReferentialAction.NO_ACTION ? "" : " on delete " + onDelete.sql());
    }
}
