package dev.retort.migration;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.AttachPrimaryKey;
import dev.retort.operation.AttachUniqueConstraint;
import dev.retort.operation.CreateCheck;
import dev.retort.operation.CreateForeignKey;
import dev.retort.operation.CreateIndex;
import dev.retort.operation.CreateSchema;
import dev.retort.operation.CreateSequence;
import dev.retort.operation.CreateTable;
import dev.retort.operation.CreateUniqueConstraint;
import dev.retort.operation.DataStep;
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
import dev.retort.operation.ExecuteSql;
import dev.retort.operation.Operation;
import dev.retort.operation.RenameColumn;
import dev.retort.operation.RenameTable;
import dev.retort.operation.RunJava;
import dev.retort.operation.SetDefault;
import dev.retort.operation.SetIdentity;
import dev.retort.operation.SetNotNull;
import dev.retort.operation.ValidateConstraint;
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SchemaMisfitException;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@link Ops} that turns a migration's calls into {@link Operation} values, in call order. The
 * processor and the runner both use it, so javac and the database see the same operations.
 */
public final class RecordingOps implements Ops {

    private final List<Operation> operations = new ArrayList<>();

    /** The operations recorded so far. */
    public List<Operation> operations() {
        return List.copyOf(operations);
    }

    /** The operations a migration's upgrade records. */
    public static List<Operation> upgradeOf(MigrationScript script) {
        RecordingOps ops = new RecordingOps();
        script.upgrade(ops);
        return ops.operations();
    }

    /** The operations a migration's downgrade records. */
    public static List<Operation> downgradeOf(MigrationScript script) {
        RecordingOps ops = new RecordingOps();
        script.downgrade(ops);
        return ops.operations();
    }

    @Override
    public void createTable(String table, ColumnSpec... columns) {
        if (columns == null || columns.length == 0) {
            throw new SchemaMisfitException("createTable " + table + " needs at least one column");
        }
        String tableName = Identifiers.foldQualified(table, "table");
        List<Column> declared = new ArrayList<>();
        List<String> keyColumns = new ArrayList<>();
        List<TableConstraint> uniques = new ArrayList<>();
        for (ColumnSpec spec : columns) {
            Column column = spec.toColumn();
            declared.add(column);
            if (spec.isPrimaryKey()) {
                keyColumns.add(column.name());
            }
            if (spec.isUnique()) {
                uniques.add(new UniqueConstraint(uniqueName(tableName, column.name()), List.of(column.name())));
            }
        }
        PrimaryKey key = keyColumns.isEmpty() ? null : new PrimaryKey(keyColumns);
        operations.add(new CreateTable(Table.of(tableName, declared, key, uniques)));
    }

    @Override
    public void dropTable(String table) {
        operations.add(new DropTable(table));
    }

    @Override
    public void renameTable(String from, String to) {
        operations.add(new RenameTable(from, to));
    }

    @Override
    public void addColumn(String table, ColumnSpec column) {
        if (column.isPrimaryKey()) {
            throw new SchemaMisfitException("addColumn cannot add primary key column " + column.name()
                    + ": add it NOT NULL, then call addPrimaryKey");
        }
        Column added = column.toColumn();
        operations.add(new AddColumn(table, added));
        if (column.isUnique()) {
            String tableName = Identifiers.foldQualified(table, "table");
            operations.add(new CreateUniqueConstraint(tableName,
                    new UniqueConstraint(uniqueName(tableName, added.name()), List.of(added.name()))));
        }
    }

    /** The name of the unique constraint a column's {@code unique()} makes: {@code uk_<table>_<column>}. */
    public static String uniqueName(String table, String column) {
        return "uk_" + Identifiers.namePart(table) + "_" + column;
    }

    @Override
    public void dropColumn(String table, String column) {
        operations.add(new DropColumn(table, column));
    }

    @Override
    public void renameColumn(String table, String from, String to) {
        operations.add(new RenameColumn(table, from, to));
    }

    @Override
    public void alterColumnType(String table, String column, SqlType type) {
        operations.add(new AlterColumnType(table, column, type));
    }

    @Override
    public void setNotNull(String table, String column) {
        operations.add(new SetNotNull(table, column));
    }

    @Override
    public void setNotNullSafely(String table, String column) {
        operations.add(new SetNotNull(table, column, true));
    }

    @Override
    public void dropNotNull(String table, String column) {
        operations.add(new DropNotNull(table, column));
    }

    @Override
    public void setDefault(String table, String column, String value) {
        setDefault(table, column, new DefaultValue.Text(value));
    }

    @Override
    public void setDefault(String table, String column, Number value) {
        setDefault(table, column, new DefaultValue.Number(ColumnSpec.decimal(value)));
    }

    @Override
    public void setDefault(String table, String column, boolean value) {
        setDefault(table, column, new DefaultValue.Bool(value));
    }

    @Override
    public void setDefault(String table, String column, DefaultValue value) {
        operations.add(new SetDefault(table, column, value));
    }

    @Override
    public void dropDefault(String table, String column) {
        operations.add(new DropDefault(table, column));
    }

    @Override
    public void setIdentity(String table, String column) {
        operations.add(new SetIdentity(table, column));
    }

    @Override
    public void dropIdentity(String table, String column) {
        operations.add(new DropIdentity(table, column));
    }

    @Override
    public void addPrimaryKey(String table, String... columns) {
        operations.add(new AddPrimaryKey(table, new PrimaryKey(list(columns))));
    }

    @Override
    public void addPrimaryKeyUsingIndex(String table, String index) {
        operations.add(new AttachPrimaryKey(table, index));
    }

    @Override
    public void dropPrimaryKey(String table) {
        operations.add(new DropPrimaryKey(table));
    }

    @Override
    public void createIndex(String name, String table, String... columns) {
        operations.add(new CreateIndex(table, new Index(name, list(columns), false)));
    }

    @Override
    public void createUniqueIndex(String name, String table, String... columns) {
        operations.add(new CreateIndex(table, new Index(name, list(columns), true)));
    }

    @Override
    public void createIndexOnline(String name, String table, String... columns) {
        operations.add(new CreateIndex(table, new Index(name, list(columns), false), true));
    }

    @Override
    public void createUniqueIndexOnline(String name, String table, String... columns) {
        operations.add(new CreateIndex(table, new Index(name, list(columns), true), true));
    }

    @Override
    public void dropIndex(String name, String table) {
        operations.add(new DropIndex(table, name));
    }

    @Override
    public void dropIndexOnline(String name, String table) {
        operations.add(new DropIndex(table, name, true));
    }

    @Override
    public void createForeignKey(String name, String table, String column, String referencedTable,
                                 String referencedColumn) {
        createForeignKey(name, table, column, referencedTable, referencedColumn, ReferentialAction.NO_ACTION);
    }

    @Override
    public void createForeignKey(String name, String table, String column, String referencedTable,
                                 String referencedColumn, ReferentialAction onDelete) {
        createForeignKey(name, table, new String[] {column}, referencedTable, new String[] {referencedColumn},
                onDelete);
    }

    @Override
    public void createForeignKey(String name, String table, String[] columns, String referencedTable,
                                 String[] referencedColumns, ReferentialAction onDelete) {
        operations.add(new CreateForeignKey(table,
                new ForeignKey(name, list(columns), referencedTable, list(referencedColumns), onDelete)));
    }

    @Override
    public void createForeignKeyNotValid(String name, String table, String column, String referencedTable,
                                         String referencedColumn) {
        createForeignKeyNotValid(name, table, column, referencedTable, referencedColumn, ReferentialAction.NO_ACTION);
    }

    @Override
    public void createForeignKeyNotValid(String name, String table, String column, String referencedTable,
                                         String referencedColumn, ReferentialAction onDelete) {
        createForeignKeyNotValid(name, table, new String[] {column}, referencedTable,
                new String[] {referencedColumn}, onDelete);
    }

    @Override
    public void createForeignKeyNotValid(String name, String table, String[] columns, String referencedTable,
                                         String[] referencedColumns, ReferentialAction onDelete) {
        operations.add(new CreateForeignKey(table,
                new ForeignKey(name, list(columns), referencedTable, list(referencedColumns), onDelete), true));
    }

    @Override
    public void dropForeignKey(String name, String table) {
        operations.add(new DropForeignKey(table, name));
    }

    @Override
    public void createUniqueConstraint(String name, String table, String... columns) {
        operations.add(new CreateUniqueConstraint(table, new UniqueConstraint(name, list(columns))));
    }

    @Override
    public void createUniqueConstraintUsingIndex(String name, String table, String index) {
        operations.add(new AttachUniqueConstraint(table, name, index));
    }

    @Override
    public void dropUniqueConstraint(String name, String table) {
        operations.add(new DropUniqueConstraint(table, name));
    }

    @Override
    public void createCheck(String name, String table, String expression) {
        operations.add(new CreateCheck(table, new CheckConstraint(name, expression)));
    }

    @Override
    public void createCheckNotValid(String name, String table, String expression) {
        operations.add(new CreateCheck(table, new CheckConstraint(name, expression), true));
    }

    @Override
    public void validateConstraint(String name, String table) {
        operations.add(new ValidateConstraint(table, name));
    }

    @Override
    public void dropCheck(String name, String table) {
        operations.add(new DropCheck(table, name));
    }

    @Override
    public void createSequence(String name, long start, long increment) {
        operations.add(new CreateSequence(new Sequence(name, start, increment)));
    }

    @Override
    public void dropSequence(String name) {
        operations.add(new DropSequence(name));
    }

    @Override
    public void createSchema(String name) {
        operations.add(new CreateSchema(name));
    }

    @Override
    public void dropSchema(String name) {
        operations.add(new DropSchema(name));
    }

    @Override
    public void execute(String sql) {
        operations.add(new ExecuteSql(sql));
    }

    @Override
    public void run(DataStep step) {
        operations.add(new RunJava(step));
    }

    private static List<String> list(String[] names) {
        return names == null ? List.of() : Arrays.asList(names);
    }
}
