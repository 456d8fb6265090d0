package dev.retort.sql.mariadb;

import dev.retort.sql.Catalog;
import dev.retort.sql.Database;
import dev.retort.sql.DatabaseType;
import dev.retort.sql.Dialect;
import dev.retort.sql.IdentifierLimit;
import dev.retort.sql.Lock;
import dev.retort.sql.ReservedWords;
import java.sql.Connection;
import java.util.List;

/** MariaDB, and MySQL through the same driver: a named user lock as the migration lock; a name over 64 characters is refused. */
public final class MariaDbDatabaseType implements DatabaseType {

    @Override
    public Database database() {
        return Database.MARIADB;
    }

    @Override
    public String displayName() {
        return "MariaDB/MySQL";
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:mariadb:", "jdbc:mysql:");
    }

    @Override
    public boolean isProduct(String productName) {
        return productName.contains("mariadb") || productName.contains("mysql");
    }

    @Override
    public Dialect dialect() {
        return new MariaDbDialect();
    }

    @Override
    public Catalog catalog() {
        return new MariaDbCatalog();
    }

    @Override
    public Lock lock(Connection connection) {
        return new MariaDbLock(connection);
    }

    @Override
    public List<String> lockTables() {
        return List.of();
    }

    @Override
    public IdentifierLimit identifierLimit() {
        return new IdentifierLimit(64, IdentifierLimit.Unit.CHARACTERS, false);
    }

    @Override
    public ReservedWords reservedWords() {
        return MariaDbReservedWords.WORDS;
    }
}
