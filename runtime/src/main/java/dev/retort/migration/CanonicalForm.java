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
import dev.retort.schema.CheckConstraint;
import dev.retort.schema.Column;
import dev.retort.schema.DefaultValue;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.ReferentialAction;
import dev.retort.schema.Sequence;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import java.util.List;
import java.util.function.Consumer;

/**
 * The canonical text of operations that checksums are computed from, version {@value #VERSION}. Every
 * name in it is written here as a literal, not taken from Java: renaming a record, a component or an
 * enum constant in a later Retort leaves every checksum as it was, so a database migrated by one
 * release is accepted by the next. A change to this text changes applied checksums and needs a new
 * version with a way to accept the old one; {@code CanonicalFormTest} pins it for every operation.
 */
public final class CanonicalForm {

    /** The version of the text; checksums of this version are stored without a prefix. */
    public static final int VERSION = 1;

    private CanonicalForm() {}

    /** One line per operation, e.g. {@code AddColumn(table="shows", column=Column(name="created_by", ...))}. */
    public static String of(List<Operation> operations) {
        StringBuilder out = new StringBuilder();
        for (Operation operation : operations) {
            operation(new Text(out), operation);
            out.append('\n');
        }
        return out.toString();
    }

    private static void operation(Text out, Operation op) {
        if (op instanceof CreateTable o) {
            out.open("CreateTable").field("table").call(() -> table(out, o.table())).close();
        } else if (op instanceof DropTable o) {
            out.open("DropTable").field("table").string(o.table()).close();
        } else if (op instanceof RenameTable o) {
            out.open("RenameTable").field("from").string(o.from()).field("to").string(o.to()).close();
        } else if (op instanceof AddColumn o) {
            out.open("AddColumn").field("table").string(o.table()).field("column").call(() -> column(out, o.column()))
                    .close();
        } else if (op instanceof DropColumn o) {
            tableAndColumn(out, "DropColumn", o.table(), o.column());
        } else if (op instanceof RenameColumn o) {
            out.open("RenameColumn").field("table").string(o.table()).field("from").string(o.from())
                    .field("to").string(o.to()).close();
        } else if (op instanceof AlterColumnType o) {
            out.open("AlterColumnType").field("table").string(o.table()).field("column").string(o.column())
                    .field("type").call(() -> type(out, o.type())).close();
        } else if (op instanceof SetNotNull o && o.safely()) {
            out.open("SetNotNull").field("table").string(o.table()).field("column").string(o.column())
                    .field("safely").bool(true).close();
        } else if (op instanceof SetNotNull o) {
            tableAndColumn(out, "SetNotNull", o.table(), o.column());
        } else if (op instanceof DropNotNull o) {
            tableAndColumn(out, "DropNotNull", o.table(), o.column());
        } else if (op instanceof SetDefault o) {
            out.open("SetDefault").field("table").string(o.table()).field("column").string(o.column())
                    .field("value").call(() -> defaultValue(out, o.value())).close();
        } else if (op instanceof DropDefault o) {
            tableAndColumn(out, "DropDefault", o.table(), o.column());
        } else if (op instanceof SetIdentity o) {
            tableAndColumn(out, "SetIdentity", o.table(), o.column());
        } else if (op instanceof DropIdentity o) {
            tableAndColumn(out, "DropIdentity", o.table(), o.column());
        } else if (op instanceof AddPrimaryKey o) {
            out.open("AddPrimaryKey").field("table").string(o.table()).field("key")
                    .call(() -> primaryKey(out, o.key())).close();
        } else if (op instanceof AttachPrimaryKey o) {
            out.open("AttachPrimaryKey").field("table").string(o.table()).field("index").string(o.index()).close();
        } else if (op instanceof DropPrimaryKey o) {
            out.open("DropPrimaryKey").field("table").string(o.table()).close();
        } else if (op instanceof CreateIndex o) {
            out.open("CreateIndex").field("table").string(o.table()).field("index").call(() -> constraint(out, o.index()))
                    .field("online").bool(o.online()).close();
        } else if (op instanceof DropIndex o && o.online()) {
            out.open("DropIndex").field("table").string(o.table()).field("name").string(o.name())
                    .field("online").bool(true).close();
        } else if (op instanceof DropIndex o) {
            tableAndName(out, "DropIndex", o.table(), o.name());
        } else if (op instanceof CreateForeignKey o) {
            out.open("CreateForeignKey").field("table").string(o.table()).field("foreignKey")
                    .call(() -> constraint(out, o.foreignKey()));
            notValid(out, o.notValid()).close();
        } else if (op instanceof DropForeignKey o) {
            tableAndName(out, "DropForeignKey", o.table(), o.name());
        } else if (op instanceof CreateUniqueConstraint o) {
            out.open("CreateUniqueConstraint").field("table").string(o.table()).field("constraint")
                    .call(() -> constraint(out, o.constraint())).close();
        } else if (op instanceof AttachUniqueConstraint o) {
            out.open("AttachUniqueConstraint").field("table").string(o.table()).field("name").string(o.name())
                    .field("index").string(o.index()).close();
        } else if (op instanceof DropUniqueConstraint o) {
            tableAndName(out, "DropUniqueConstraint", o.table(), o.name());
        } else if (op instanceof CreateCheck o) {
            out.open("CreateCheck").field("table").string(o.table()).field("check").call(() -> constraint(out, o.check()));
            notValid(out, o.notValid()).close();
        } else if (op instanceof ValidateConstraint o) {
            tableAndName(out, "ValidateConstraint", o.table(), o.name());
        } else if (op instanceof DropCheck o) {
            tableAndName(out, "DropCheck", o.table(), o.name());
        } else if (op instanceof CreateSequence o) {
            out.open("CreateSequence").field("sequence").call(() -> sequence(out, o.sequence())).close();
        } else if (op instanceof DropSequence o) {
            out.open("DropSequence").field("name").string(o.name()).close();
        } else if (op instanceof CreateSchema o) {
            out.open("CreateSchema").field("name").string(o.name()).close();
        } else if (op instanceof DropSchema o) {
            out.open("DropSchema").field("name").string(o.name()).close();
        } else if (op instanceof ExecuteSql o) {
            out.open("ExecuteSql").field("sql").string(o.sql()).close();
        } else if (op instanceof RunJava) {
            // A Java data step counts by its place only: its body is opaque.
            out.open("RunJava").close();
        } else {
            throw new IllegalArgumentException("no canonical form for " + op.getClass().getName());
        }
    }

    /** Written only when set, so that the text of a constraint added the usual way is as version 1 had it. */
    private static Text notValid(Text out, boolean notValid) {
        return notValid ? out.field("notValid").bool(true) : out;
    }

    private static void tableAndColumn(Text out, String name, String table, String column) {
        out.open(name).field("table").string(table).field("column").string(column).close();
    }

    private static void tableAndName(Text out, String name, String table, String constraint) {
        out.open(name).field("table").string(table).field("name").string(constraint).close();
    }

    private static void table(Text out, Table table) {
        out.open("Table").field("name").string(table.name()).field("columns").list(table.columns().values(),
                c -> column(out, c));
        out.field("primaryKey");
        if (table.primaryKey() == null) {
            out.raw("null");
        } else {
            primaryKey(out, table.primaryKey());
        }
        out.field("constraints").list(table.constraints().values(), c -> constraint(out, c)).close();
    }

    private static void column(Text out, Column column) {
        out.open("Column").field("name").string(column.name()).field("type").call(() -> type(out, column.type()))
                .field("nullable").bool(column.nullable()).field("defaultValue")
                .call(() -> defaultValue(out, column.defaultValue())).field("identity").bool(column.identity()).close();
    }

    private static void primaryKey(Text out, PrimaryKey key) {
        out.open("PrimaryKey").field("columns").strings(key.columns()).close();
    }

    private static void constraint(Text out, TableConstraint constraint) {
        if (constraint instanceof Index index) {
            out.open("Index").field("name").string(index.name()).field("columns").strings(index.columns())
                    .field("unique").bool(index.unique()).close();
        } else if (constraint instanceof UniqueConstraint unique) {
            out.open("UniqueConstraint").field("name").string(unique.name()).field("columns").strings(unique.columns())
                    .close();
        } else if (constraint instanceof ForeignKey fk) {
            out.open("ForeignKey").field("name").string(fk.name()).field("columns").strings(fk.columns())
                    .field("referencedTable").string(fk.referencedTable())
                    .field("referencedColumns").strings(fk.referencedColumns())
                    .field("onDelete").raw(action(fk.onDelete())).close();
        } else if (constraint instanceof CheckConstraint check) {
            out.open("Check").field("name").string(check.name()).field("expression").string(check.expression()).close();
        } else {
            throw new IllegalArgumentException("no canonical form for " + constraint.getClass().getName());
        }
    }

    private static void sequence(Text out, Sequence sequence) {
        out.open("Sequence").field("name").string(sequence.name()).field("start").raw(Long.toString(sequence.start()))
                .field("increment").raw(Long.toString(sequence.increment())).close();
    }

    private static void type(Text out, SqlType type) {
        out.open("SqlType").field("kind").raw(kind(type.kind())).field("size").raw(Integer.toString(type.size()))
                .field("scale").raw(Integer.toString(type.scale())).close();
    }

    private static void defaultValue(Text out, DefaultValue value) {
        if (value == null) {
            out.raw("null");
        } else if (value instanceof DefaultValue.Text text) {
            out.open("Text").field("value").string(text.value()).close();
        } else if (value instanceof DefaultValue.Number number) {
            out.open("Number").field("value").raw(number.value().toString()).close();
        } else if (value instanceof DefaultValue.Bool bool) {
            out.open("Bool").field("value").bool(bool.value()).close();
        } else if (value instanceof DefaultValue.CurrentTimestamp) {
            out.open("CurrentTimestamp").close();
        } else {
            throw new IllegalArgumentException("no canonical form for " + value.getClass().getName());
        }
    }

    /** The names of version 1, whatever the enum's constants are called now. */
    private static String kind(SqlType.Kind kind) {
        switch (kind) {
            case TINYINT: return "TINYINT";
            case SMALLINT: return "SMALLINT";
            case INTEGER: return "INTEGER";
            case BIGINT: return "BIGINT";
            case BOOLEAN: return "BOOLEAN";
            case VARCHAR: return "VARCHAR";
            case CHAR: return "CHAR";
            case TEXT: return "TEXT";
            case NUMERIC: return "NUMERIC";
            case REAL: return "REAL";
            case DOUBLE: return "DOUBLE";
            case DATE: return "DATE";
            case TIME: return "TIME";
            case TIMESTAMP: return "TIMESTAMP";
            case TIMESTAMP_TZ: return "TIMESTAMP_TZ";
            case UUID: return "UUID";
            case VARBINARY: return "VARBINARY";
            case BLOB: return "BLOB";
            case CLOB: return "CLOB";
            default: throw new IllegalArgumentException("no canonical form for type " + kind);
        }
    }

    private static String action(ReferentialAction action) {
        switch (action) {
            case NO_ACTION: return "NO_ACTION";
            case RESTRICT: return "RESTRICT";
            case CASCADE: return "CASCADE";
            case SET_NULL: return "SET_NULL";
            case SET_DEFAULT: return "SET_DEFAULT";
            default: throw new IllegalArgumentException("no canonical form for " + action);
        }
    }

    /** Writes {@code Name(field=value, ...)} with strings quoted and escaped. */
    private static final class Text {

        private final StringBuilder out;
        private boolean first;

        Text(StringBuilder out) {
            this.out = out;
        }

        Text open(String name) {
            out.append(name).append('(');
            first = true;
            return this;
        }

        Text field(String name) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            out.append(name).append('=');
            return this;
        }

        Text close() {
            out.append(')');
            first = false;
            return this;
        }

        Text raw(String text) {
            out.append(text);
            return this;
        }

        Text bool(boolean value) {
            return raw(Boolean.toString(value));
        }

        Text string(String text) {
            out.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
            return this;
        }

        Text strings(List<String> texts) {
            return list(texts, this::string);
        }

        <T> Text list(Iterable<T> items, Consumer<T> each) {
            out.append('[');
            boolean firstItem = true;
            for (T item : items) {
                if (!firstItem) {
                    out.append(", ");
                }
                firstItem = false;
                each.accept(item);
            }
            out.append(']');
            first = false;
            return this;
        }

        /** A nested value: written by {@code nested}, after which this level's fields go on. */
        Text call(Runnable nested) {
            nested.run();
            first = false;
            return this;
        }
    }
}
