package dev.retort.processor.check;

import dev.retort.operation.AddColumn;
import dev.retort.operation.AddPrimaryKey;
import dev.retort.operation.AlterColumnType;
import dev.retort.operation.CreateTable;
import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.migration.LocatedOperation;
import dev.retort.processor.replay.Step;
import dev.retort.schema.Column;
import dev.retort.schema.SqlType;
import dev.retort.schema.SqlType.Kind;
import dev.retort.schema.Table;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The types that age badly, on the columns an upgrade makes: an integer key that runs out, a
 * timestamp without its zone, a space-padded char. Off by default: the entity model chose each type,
 * and drift makes the migration follow it; turned on, they audit the model through its migrations.
 */
public final class TypeHygieneCheck implements MigrationCheck {

    private static final Set<Kind> SHORT_INTEGERS = EnumSet.of(Kind.TINYINT, Kind.SMALLINT, Kind.INTEGER);

    @Override
    public Set<Check> reports() {
        return Set.of(Check.INTEGER_KEY, Check.TIMESTAMP_WITHOUT_TIME_ZONE, Check.CHAR_TYPE);
    }

    @Override
    public boolean needsReplay() {
        return true;
    }

    @Override
    public void check(MigrationContext context) {
        for (Step step : context.replayed().steps()) {
            LocatedOperation located = step.located();
            if (located.operation() instanceof CreateTable create) {
                Table table = create.table();
                table.columns().values().forEach(c -> types(context, located, table.name(), c.name(), c.type()));
                keys(context, located, table, table.primaryKey() == null ? List.of() : table.primaryKey().columns());
            } else if (located.operation() instanceof AddColumn add) {
                Column column = add.column();
                types(context, located, add.table(), column.name(), column.type());
            } else if (located.operation() instanceof AlterColumnType alter) {
                types(context, located, alter.table(), alter.column(), alter.type());
                Table table = step.after().requireTable(alter.table());
                if (table.primaryKey() != null && table.primaryKey().columns().contains(alter.column())) {
                    keys(context, located, table, List.of(alter.column()));
                }
            } else if (located.operation() instanceof AddPrimaryKey add) {
                keys(context, located, step.after().requireTable(add.table()), add.key().columns());
            }
        }
    }

    private static void types(MigrationContext context, LocatedOperation located, String table, String column,
                              SqlType type) {
        if (type.kind() == Kind.TIMESTAMP) {
            context.reporter().report(Check.TIMESTAMP_WITHOUT_TIME_ZONE, context.at(located),
                    ProcessorErrors.timestampWithoutTimeZone(table, column));
        } else if (type.kind() == Kind.CHAR) {
            context.reporter().report(Check.CHAR_TYPE, context.at(located), ProcessorErrors.charType(table, column, type));
        }
    }

    private static void keys(MigrationContext context, LocatedOperation located, Table table, List<String> key) {
        if (key.size() != 1) {
            return;
        }
        SqlType type = table.requireColumn(key.get(0)).type();
        if (SHORT_INTEGERS.contains(type.kind())) {
            context.reporter().report(Check.INTEGER_KEY, context.at(located),
                    ProcessorErrors.integerKey(table.name(), key.get(0), type));
        }
    }
}
