package dev.retort.parity;

import dev.retort.oracle.CatalogSchema;
import dev.retort.oracle.CatalogSchema.Column;
import dev.retort.oracle.CatalogSchema.ForeignKey;
import dev.retort.sql.Database;
import java.util.function.UnaryOperator;

/**
 * The differences the databases' catalogs show between the schema Hibernate creates and the one
 * Retort migrates, each listed in PARITY.md: spelled alike on both sides before the comparison,
 * narrowly, so that nothing else can hide behind them.
 */
final class KnownDifferences {

    private KnownDifferences() {}

    static CatalogSchema alike(Database database, CatalogSchema schema) {
        return switch (database) {
            // Retort's model has one exact numeric type, NUMERIC; H2 keeps the DECIMAL a columnDefinition spells.
            case H2 -> schema.map(column -> retyped(column, "DECIMAL(", "NUMERIC("), UnaryOperator.identity());
            // Hibernate's boolean is BIT(1), Retort's TINYINT(1) (the driver calls it BOOLEAN): both read as
            // boolean. A foreign key declared without an action reads back as RESTRICT, which InnoDB treats as
            // NO ACTION.
            // Hibernate 7 makes a fixed-length character type a VARCHAR there (a char's CHAR(1), a UUID's
            // CHAR(36) under preferred_uuid_jdbc_type=CHAR), Retort a CHAR: validate accepts either.
            case MARIADB -> schema.map(column -> charAsVarchar(bitAsBoolean(column)),
                    key -> key.onDelete().equals("RESTRICT")
                            ? new ForeignKey(key.columns(), key.target(), key.targetColumns(), "NO ACTION") : key);
            case POSTGRESQL -> schema;
        };
    }

    private static Column bitAsBoolean(Column column) {
        if (!column.type().equals("BIT(1)")) {
            return column;
        }
        String value = column.defaultValue() == null ? null : switch (column.defaultValue()) {
            case "b'1'" -> "1";
            case "b'0'" -> "0";
            default -> column.defaultValue();
        };
        return new Column(column.name(), "BOOLEAN(3,0)", column.nullable(), value, column.autoIncrement());
    }

    private static Column charAsVarchar(Column column) {
        return ParitySets.generation().atLeast7() && column.type().startsWith("CHAR(")
                ? retyped(column, "CHAR(", "VARCHAR(") : column;
    }

    private static Column retyped(Column column, String from, String to) {
        return column.type().startsWith(from)
                ? new Column(column.name(), to + column.type().substring(from.length()), column.nullable(),
                        column.defaultValue(), column.autoIncrement())
                : column;
    }
}
