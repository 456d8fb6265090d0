package dev.retort.runner;

import dev.retort.operation.Operation;
import dev.retort.operation.RunJava;
import dev.retort.schema.Schema;
import dev.retort.sql.Dialect;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A range of migrations as a SQL script, for a DBA to review or run: what the runner would execute. */
final class OfflineSql {

    private final Dialect dialect;
    private final Migrations migrations;
    private final HistoryTable history;
    private final String appliedBy;
    private final StringBuilder out = new StringBuilder();

    OfflineSql(Dialect dialect, Migrations migrations, String appliedBy) {
        this.dialect = dialect;
        this.migrations = migrations;
        this.history = new HistoryTable(dialect);
        this.appliedBy = appliedBy;
    }

    String upgrade(Set<String> applied, List<LoadedMigration> plan, boolean fromBase) {
        if (fromBase) {
            out.append("-- Retort's history table\n");
            history.createStatements().forEach(this::statement);
            out.append('\n');
        }
        Schema schema = migrations.schemaOf(applied);
        for (LoadedMigration migration : plan) {
            out.append("-- Running upgrade ").append(String.join(", ", migration.revises())).append(" -> ")
                    .append(migration.id()).append(", ").append(migration.description()).append('\n');
            schema = operations(migration.upgrade(), schema);
            statement(history.insertSql(migration, appliedBy));
            out.append('\n');
        }
        return out.toString();
    }

    String downgrade(Set<String> applied, List<LoadedMigration> plan) {
        Set<String> remaining = new HashSet<>(applied);
        for (LoadedMigration migration : plan) {
            out.append("-- Running downgrade ").append(migration.id()).append(" -> ")
                    .append(String.join(", ", migration.revises())).append(", ").append(migration.description())
                    .append('\n');
            operations(migration.downgrade(), migrations.schemaOf(remaining));
            remaining.remove(migration.id());
            statement(history.deleteSql(migration.id()));
            out.append('\n');
        }
        return out.toString();
    }

    private Schema operations(List<Operation> operations, Schema schema) {
        Schema current = schema;
        for (Operation operation : operations) {
            if (operation instanceof RunJava) {
                out.append("-- ").append(operation.describe()).append(": runs only online, not in this script\n");
            }
            dialect.render(operation, current).forEach(this::statement);
            current = operation.applyTo(current);
        }
        return current;
    }

    private void statement(String sql) {
        out.append(sql).append(";\n");
    }
}
