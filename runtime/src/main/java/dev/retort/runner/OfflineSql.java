package dev.retort.runner;

import dev.retort.operation.Operation;
import dev.retort.operation.RunJava;
import dev.retort.schema.Schema;
import dev.retort.sql.Dialect;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A range of migrations as a SQL script, for a DBA to review or run: what the runner would execute.
 * Where DDL is transactional (PostgreSQL) each migration is one transaction with its history row, as
 * online, unless it holds a step PostgreSQL runs only outside a transaction (CONCURRENTLY, a validation).
 */
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
            out.append("-- Running upgrade ").append(Retort.parents(migration)).append(" -> ")
                    .append(migration.id()).append(", ").append(migration.description()).append('\n');
            boolean transaction = begin(migration.upgrade());
            schema = operations(migration.upgrade(), schema);
            statement(history.insertSql(migration, appliedBy));
            commit(transaction);
            out.append('\n');
        }
        return out.toString();
    }

    String downgrade(Set<String> applied, List<LoadedMigration> plan) {
        Set<String> remaining = new HashSet<>(applied);
        for (LoadedMigration migration : plan) {
            out.append("-- Running downgrade ").append(migration.id()).append(" -> ")
                    .append(Retort.parents(migration)).append(", ").append(migration.description())
                    .append('\n');
            boolean transaction = begin(migration.downgrade());
            operations(migration.downgrade(), migrations.schemaOf(remaining));
            remaining.remove(migration.id());
            statement(history.deleteSql(migration.id()));
            commit(transaction);
            out.append('\n');
        }
        return out.toString();
    }

    /** Opens the migration's transaction where the database runs it in one; says so where it cannot. */
    private boolean begin(List<Operation> operations) {
        if (!dialect.transactionalDdl()) {
            return false;
        }
        if (operations.stream().anyMatch(dialect::outsideTransaction)) {
            out.append("-- not in a transaction: PostgreSQL runs CONCURRENTLY only outside one, and a validation"
                    + " must not hold the locks of the steps before it\n");
            return false;
        }
        statement("BEGIN");
        return true;
    }

    private void commit(boolean transaction) {
        if (transaction) {
            statement("COMMIT");
        }
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
