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
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes operations back as the DSL calls that record them, for messages ("the inverse is ...") and
 * for generated skeletons. Every call, recorded again, gives the same operations.
 */
public final class DslSource {

    private DslSource() {}

    /** The statements, one per line, that record these operations on {@code op}. */
    public static List<String> statements(List<Operation> operations) {
        List<String> statements = new ArrayList<>();
        for (Operation operation : operations) {
            statements.addAll(statements(operation));
        }
        return statements;
    }

    /** The statements that record one operation; a table with constraints needs several. */
    public static List<String> statements(Operation operation) {
        if (operation instanceof CreateTable create) {
            return createTable(create.table());
        }
        return List.of(call(operation));
    }

    private static String call(Operation operation) {
        if (operation instanceof DropTable op) {
            return "op.dropTable(" + q(op.table()) + ");";
        } else if (operation instanceof RenameTable op) {
            return "op.renameTable(" + q(op.from()) + ", " + q(op.to()) + ");";
        } else if (operation instanceof AddColumn op) {
            return "op.addColumn(" + q(op.table()) + ", " + column(op.column(), false) + ");";
        } else if (operation instanceof DropColumn op) {
            return "op.dropColumn(" + q(op.table()) + ", " + q(op.column()) + ");";
        } else if (operation instanceof RenameColumn op) {
            return "op.renameColumn(" + q(op.table()) + ", " + q(op.from()) + ", " + q(op.to()) + ");";
        } else if (operation instanceof AlterColumnType op) {
            return "op.alterColumnType(" + q(op.table()) + ", " + q(op.column()) + ", " + type(op.type()) + ");";
        } else if (operation instanceof SetNotNull op) {
            return "op.setNotNull" + (op.safely() ? "Safely(" : "(") + q(op.table()) + ", " + q(op.column()) + ");";
        } else if (operation instanceof DropNotNull op) {
            return "op.dropNotNull(" + q(op.table()) + ", " + q(op.column()) + ");";
        } else if (operation instanceof SetDefault op) {
            return "op.setDefault(" + q(op.table()) + ", " + q(op.column()) + ", " + defaultValue(op.value()) + ");";
        } else if (operation instanceof DropDefault op) {
            return "op.dropDefault(" + q(op.table()) + ", " + q(op.column()) + ");";
        } else if (operation instanceof SetIdentity op) {
            return "op.setIdentity(" + q(op.table()) + ", " + q(op.column()) + ");";
        } else if (operation instanceof DropIdentity op) {
            return "op.dropIdentity(" + q(op.table()) + ", " + q(op.column()) + ");";
        } else if (operation instanceof AddPrimaryKey op) {
            return "op.addPrimaryKey(" + q(op.table()) + ", " + qs(op.key().columns()) + ");";
        } else if (operation instanceof AttachPrimaryKey op) {
            return "op.addPrimaryKeyUsingIndex(" + q(op.table()) + ", " + q(op.index()) + ");";
        } else if (operation instanceof DropPrimaryKey op) {
            return "op.dropPrimaryKey(" + q(op.table()) + ");";
        } else if (operation instanceof CreateIndex op) {
            return "op." + (op.index().unique() ? "createUniqueIndex" : "createIndex") + (op.online() ? "Online(" : "(")
                    + q(op.index().name()) + ", "
                    + q(op.table()) + ", " + qs(op.index().columns()) + ");";
        } else if (operation instanceof DropIndex op) {
            return "op.dropIndex" + (op.online() ? "Online(" : "(") + q(op.name()) + ", " + q(op.table()) + ");";
        } else if (operation instanceof CreateForeignKey op) {
            return foreignKey(op.table(), op.foreignKey(), op.notValid() ? "createForeignKeyNotValid" : "createForeignKey");
        } else if (operation instanceof DropForeignKey op) {
            return "op.dropForeignKey(" + q(op.name()) + ", " + q(op.table()) + ");";
        } else if (operation instanceof CreateUniqueConstraint op) {
            return "op.createUniqueConstraint(" + q(op.constraint().name()) + ", " + q(op.table()) + ", "
                    + qs(op.constraint().columns()) + ");";
        } else if (operation instanceof AttachUniqueConstraint op) {
            return "op.createUniqueConstraintUsingIndex(" + q(op.name()) + ", " + q(op.table()) + ", " + q(op.index())
                    + ");";
        } else if (operation instanceof DropUniqueConstraint op) {
            return "op.dropUniqueConstraint(" + q(op.name()) + ", " + q(op.table()) + ");";
        } else if (operation instanceof CreateCheck op) {
            return "op." + (op.notValid() ? "createCheckNotValid(" : "createCheck(") + q(op.check().name()) + ", " + q(op.table()) + ", "
                    + q(op.check().expression()) + ");";
        } else if (operation instanceof ValidateConstraint op) {
            return "op.validateConstraint(" + q(op.name()) + ", " + q(op.table()) + ");";
        } else if (operation instanceof DropCheck op) {
            return "op.dropCheck(" + q(op.name()) + ", " + q(op.table()) + ");";
        } else if (operation instanceof CreateSequence op) {
            return "op.createSequence(" + q(op.sequence().name()) + ", " + op.sequence().start() + ", "
                    + op.sequence().increment() + ");";
        } else if (operation instanceof DropSequence op) {
            return "op.dropSequence(" + q(op.name()) + ");";
        } else if (operation instanceof CreateSchema op) {
            return "op.createSchema(" + q(op.name()) + ");";
        } else if (operation instanceof DropSchema op) {
            return "op.dropSchema(" + q(op.name()) + ");";
        } else if (operation instanceof ExecuteSql op) {
            return "op.execute(" + q(op.sql()) + ");";
        } else if (operation instanceof RunJava) {
            return "op.run(connection -> { /* data step */ });";
        }
        throw new IllegalArgumentException("no DSL call for " + operation);
    }

    private static List<String> createTable(Table table) {
        List<String> columns = new ArrayList<>();
        List<String> key = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
        List<String> inline = new ArrayList<>();
        for (Column column : inKeyOrder(table, key)) {
            String name = column.name();
            boolean unique = table.constraints().values().stream().anyMatch(c -> c instanceof UniqueConstraint u
                    && u.columns().equals(List.of(name)) && u.name().equals(RecordingOps.uniqueName(table.name(), name)));
            if (unique) {
                inline.add(RecordingOps.uniqueName(table.name(), name));
            }
            String spec = column(column, key.contains(name)) + (unique ? ".unique()" : "");
            columns.add(spec);
        }
        List<String> statements = new ArrayList<>();
        statements.add("op.createTable(" + q(table.name()) + ",\n        " + String.join(",\n        ", columns) + ");");
        for (TableConstraint constraint : table.constraints().values()) {
            if (inline.contains(constraint.name())) {
                continue;
            }
            Operation add = constraint instanceof ForeignKey fk ? new CreateForeignKey(table.name(), fk)
                    : constraint instanceof dev.retort.schema.Index index ? new CreateIndex(table.name(), index)
                    : constraint instanceof UniqueConstraint unique ? new CreateUniqueConstraint(table.name(), unique)
                    : new CreateCheck(table.name(), (dev.retort.schema.CheckConstraint) constraint);
            statements.add(call(add));
        }
        return statements;
    }

    /**
     * The table's columns, with those of a composite key moved first, in the key's order, when the
     * table lists them otherwise: {@code createTable} makes the key of its {@code .primaryKey()}
     * columns in the order they come.
     */
    private static List<Column> inKeyOrder(Table table, List<String> key) {
        List<Column> columns = List.copyOf(table.columns().values());
        List<String> asListed = columns.stream().map(Column::name).filter(key::contains).toList();
        if (asListed.equals(key)) {
            return columns;
        }
        List<Column> ordered = new ArrayList<>(key.stream().map(table.columns()::get).toList());
        columns.stream().filter(c -> !key.contains(c.name())).forEach(ordered::add);
        return ordered;
    }

    private static String foreignKey(String table, ForeignKey fk, String method) {
        String action = fk.onDelete() == ReferentialAction.NO_ACTION ? "" : ", " + fk.onDelete().name();
        if (fk.columns().size() == 1) {
            return "op." + method + "(" + q(fk.name()) + ", " + q(table) + ", " + q(fk.columns().get(0)) + ", "
                    + q(fk.referencedTable()) + ", " + q(fk.referencedColumns().get(0)) + action + ");";
        }
        return "op." + method + "(" + q(fk.name()) + ", " + q(table) + ", new String[] {" + qs(fk.columns())
                + "}, " + q(fk.referencedTable()) + ", new String[] {" + qs(fk.referencedColumns()) + "}, "
                + fk.onDelete().name() + ");";
    }

    /** A column spec expression, e.g. {@code column("id", BIGINT).primaryKey().identity()}. */
    public static String column(Column column, boolean primaryKey) {
        StringBuilder out = new StringBuilder("column(").append(q(column.name())).append(", ")
                .append(type(column.type())).append(')');
        if (primaryKey) {
            out.append(".primaryKey()");
        } else if (!column.nullable()) {
            out.append(".notNull()");
        }
        if (column.identity()) {
            out.append(".identity()");
        }
        if (column.defaultValue() != null) {
            DefaultValue value = column.defaultValue();
            out.append(value instanceof DefaultValue.CurrentTimestamp ? ".defaultNow()"
                    : ".defaultValue(" + literal(value) + ")");
        }
        return out.toString();
    }

    /** A type expression, e.g. {@code varchar(255)} or {@code BIGINT}. */
    public static String type(SqlType type) {
        switch (type.kind()) {
            case VARCHAR: return "varchar(" + type.size() + ")";
            case CHAR: return "character(" + type.size() + ")";
            case VARBINARY: return "varbinary(" + type.size() + ")";
            case NUMERIC: return "numeric(" + type.size() + ", " + type.scale() + ")";
            case TIME: return type.size() == 0 ? "TIME" : "time(" + type.size() + ")";
            default: return type.kind().name().toUpperCase(Locale.ROOT);
        }
    }

    private static String defaultValue(DefaultValue value) {
        return value instanceof DefaultValue.CurrentTimestamp ? "CURRENT_TIMESTAMP" : literal(value);
    }

    private static String literal(DefaultValue value) {
        if (value instanceof DefaultValue.Text text) {
            return q(text.value());
        }
        if (value instanceof DefaultValue.Bool bool) {
            return Boolean.toString(bool.value());
        }
        if (value instanceof DefaultValue.Number number) {
            String plain = number.value().toPlainString();
            return number.value().scale() > 0 || plain.length() < 10 ? plain : plain + "L";
        }
        throw new IllegalArgumentException("no literal for " + value);
    }

    /** A Java string literal. */
    public static String q(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"': out.append("\\\""); break;
                case '\\': out.append("\\\\"); break;
                case '\n': out.append("\\n"); break;
                case '\r': out.append("\\r"); break;
                case '\t': out.append("\\t"); break;
                default: out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String qs(List<String> names) {
        return String.join(", ", names.stream().map(DslSource::q).toList());
    }
}
