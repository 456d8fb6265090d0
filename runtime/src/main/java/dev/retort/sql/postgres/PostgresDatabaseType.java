package dev.retort.sql.postgres;

import dev.retort.sql.Catalog;
import dev.retort.sql.Database;
import dev.retort.sql.DatabaseType;
import dev.retort.sql.Dialect;
import dev.retort.sql.IdentifierLimit;
import dev.retort.sql.Lock;
import dev.retort.sql.ReservedWords;
import java.sql.Connection;
import java.util.List;

/** PostgreSQL: an advisory lock as the migration lock; a name over 63 bytes is cut without a word. */
public final class PostgresDatabaseType implements DatabaseType {

    @Override
    public Database database() {
        return Database.POSTGRESQL;
    }

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:postgresql:");
    }

    @Override
    public boolean isProduct(String productName) {
        return productName.contains("postgres");
    }

    @Override
    public Dialect dialect() {
        return new PostgresDialect();
    }

    @Override
    public Catalog catalog() {
        return new PostgresCatalog();
    }

    @Override
    public Lock lock(Connection connection) {
        return new PostgresLock(connection);
    }

    @Override
    public List<String> lockTables() {
        return List.of();
    }

    @Override
    public IdentifierLimit identifierLimit() {
        return new IdentifierLimit(63, IdentifierLimit.Unit.BYTES, true);
    }

    @Override
    public ReservedWords reservedWords() {
        return PostgresReservedWords.WORDS;
    }
}
