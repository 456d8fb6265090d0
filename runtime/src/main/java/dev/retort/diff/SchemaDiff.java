package dev.retort.diff;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.CreateCheck;
import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSchema;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.DropCheck;
import dev.retort.operation.DropColumn;
import dev.retort.operation.DropDefault;
import dev.retort.operation.DropForeignKey;
import dev.retort.operation.DropIdentity;
import dev.retort.operation.DropIndex;
import dev.retort.operation.DropNotNull;
import dev.retort.operation.DropPrimaryKey;
import dev.retort.operation.DropSchema;
import dev.retort.operation.DropSequence;
import dev.retort.operation.DropTable;
import dev.retort.operation.DropUniqueConstraint;
import dev.retort.operation.Operation;
import dev.retort.operation.SetDefault;
import dev.retort.operation.SetIdentity;
import dev.retort.operation.SetNotNull;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Schema;
import dev.retort.schema.Sequence;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The operations that turn one schema into another, in an order every database accepts: foreign keys
 * and tables go first (referencing tables before the tables they reference), then columns change,
 * then new tables come in foreign-key order, and their indexes and foreign keys last; a new SQL schema
 * comes before all of it, a dropped one after. Indexes and
 * constraints are compared by shape, so a difference in generated names alone is no difference.
 * Renames are not guessed here: a renamed column is a drop and an add.
 */
public final class SchemaDiff {

    private final Schema from;
    private final Schema to;
    private final List<Operation> operations = new ArrayList<>();

    private SchemaDiff(Schema from, Schema to) {
        this.from = from;
        this.to = to;
    }

    /** The operations that take {@code from} to {@code to}; empty when they are the same schema. */
    public static List<Operation> between(Schema from, Schema to) {
        SchemaDiff diff = new SchemaDiff(from, to);
        diff.compute();
        return List.copyOf(diff.operations);
    }

    private void compute() {
        to.namespaces().stream().filter(n -> !from.namespaces().contains(n))
                .forEach(n -> operations.add(new CreateSchema(n)));
        ConstraintMatching matching = ConstraintMatching.between(from, to);
        for (TableConstraint gone : matching.toDrop()) {
            if (gone instanceof ForeignKey fk) {
                operations.add(new DropForeignKey(ConstraintMatching.owner(from, gone), fk.name()));
            }
        }
        dropTables();
        for (TableConstraint gone : matching.toDrop()) {
            String table = ConstraintMatching.owner(from, gone);
            if (gone instanceof Index index) {
                operations.add(new DropIndex(table, index.name()));
            } else if (gone instanceof UniqueConstraint unique) {
                operations.add(new DropUniqueConstraint(table, unique.name()));
            } else if (gone instanceof CheckConstraint check) {
                operations.add(new DropCheck(table, check.name()));
            }
        }
        for (Table target : to.tables().values()) {
            Table source = from.tables().get(target.name());
            if (source != null) {
                changeColumns(source, target);
            }
        }
        List<Table> created = TableOrder.referencedFirst(to.tables().values().stream()
                .filter(t -> !from.tables().containsKey(t.name())).toList());
        List<TableConstraint> newConstraints = new ArrayList<>(matching.toCreate());
        Map<TableConstraint, String> owners = new LinkedHashMap<>();
        matching.toCreate().forEach(c -> owners.put(c, ConstraintMatching.owner(to, c)));
        for (Table table : created) {
            operations.add(new CreateTable(new Table(table.name(), table.columns(), table.primaryKey(), Map.of())));
            table.constraints().values().forEach(c -> {
                newConstraints.add(c);
                owners.put(c, table.name());
            });
        }
        for (TableConstraint constraint : newConstraints) {
            String table = owners.get(constraint);
            if (constraint instanceof UniqueConstraint unique) {
                operations.add(new CreateUniqueConstraint(table, unique));
            } else if (constraint instanceof CheckConstraint check) {
                operations.add(new CreateCheck(table, check));
            } else if (constraint instanceof Index index) {
                operations.add(new CreateIndex(table, index));
            }
        }
        for (TableConstraint constraint : newConstraints) {
            if (constraint instanceof ForeignKey fk) {
                operations.add(new CreateForeignKey(owners.get(constraint), fk));
            }
        }
        changeSequences();
        from.namespaces().stream().filter(n -> !to.namespaces().contains(n))
                .forEach(n -> operations.add(new DropSchema(n)));
    }

    private void dropTables() {
        List<Table> dropped = from.tables().values().stream()
                .filter(t -> !to.tables().containsKey(t.name())).toList();
        TableOrder order = TableOrder.of(dropped);
        for (Map.Entry<String, ForeignKey> cut : order.cycleBreakers()) {
            operations.add(new DropForeignKey(cut.getKey(), cut.getValue().name()));
        }
        List<Table> referencedFirst = order.tables();
        for (int i = referencedFirst.size() - 1; i >= 0; i--) {
            operations.add(new DropTable(referencedFirst.get(i).name()));
        }
    }

    private void changeColumns(Table source, Table target) {
        String table = target.name();
        if (source.primaryKey() != null && !Objects.equals(source.primaryKey(), target.primaryKey())) {
            operations.add(new DropPrimaryKey(table));
        }
        for (Column wanted : target.columns().values()) {
            Column old = source.columns().get(wanted.name());
            if (old == null) {
                operations.add(new AddColumn(table, wanted));
            } else {
                changeColumn(table, old, wanted);
            }
        }
        // After the adds: a table whose columns are all replaced is never left without one.
        for (Column old : source.columns().values()) {
            if (!target.columns().containsKey(old.name())) {
                operations.add(new DropColumn(table, old.name()));
            }
        }
        if (target.primaryKey() != null && !Objects.equals(source.primaryKey(), target.primaryKey())) {
            operations.add(new AddPrimaryKey(table, target.primaryKey()));
        }
    }

    /** Identity goes first and comes last: an identity column refuses nullability and default changes. */
    private void changeColumn(String table, Column old, Column wanted) {
        String column = wanted.name();
        if (old.identity() && !wanted.identity()) {
            operations.add(new DropIdentity(table, column));
        }
        if (!old.type().equals(wanted.type())) {
            operations.add(new AlterColumnType(table, column, wanted.type()));
        }
        if (old.nullable() && !wanted.nullable()) {
            operations.add(new SetNotNull(table, column));
        } else if (!old.nullable() && wanted.nullable()) {
            operations.add(new DropNotNull(table, column));
        }
        if (!Objects.equals(old.defaultValue(), wanted.defaultValue())) {
            operations.add(wanted.hasDefault() ? new SetDefault(table, column, wanted.defaultValue())
                    : new DropDefault(table, column));
        }
        if (!old.identity() && wanted.identity()) {
            operations.add(new SetIdentity(table, column));
        }
    }

    private void changeSequences() {
        for (Sequence old : from.sequences().values()) {
            Sequence wanted = to.sequences().get(old.name());
            if (wanted == null || !wanted.equals(old)) {
                operations.add(new DropSequence(old.name()));
            }
        }
        for (Sequence wanted : to.sequences().values()) {
            Sequence old = from.sequences().get(wanted.name());
            if (old == null || !wanted.equals(old)) {
                operations.add(new CreateSequence(wanted));
            }
        }
    }
}
