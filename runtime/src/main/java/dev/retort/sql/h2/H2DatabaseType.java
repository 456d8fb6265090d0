package dev.retort.sql.h2;

import dev.retort.sql.Catalog;
import dev.retort.sql.Database;
import dev.retort.sql.DatabaseType;
import dev.retort.sql.Dialect;
import dev.retort.sql.IdentifierLimit;
import dev.retort.sql.Lock;
import dev.retort.sql.ReservedWords;
import java.sql.Connection;
import java.util.List;

/** H2 2.x: a row of a table locked as the migration lock; names of up to 256 characters. */
public final class H2DatabaseType implements DatabaseType {

    @Override
    public Database database() {
        return Database.H2;
    }

    @Override
    public String displayName() {
        return "H2";
    }

    @Override
    public List<String> urlPrefixes() {
        return List.of("jdbc:h2:");
    }

    @Override
    public boolean isProduct(String productName) {
        return productName.contains("h2");
    }

    @Override
    public Dialect dialect() {
        return new H2Dialect();
    }

    @Override
    public Catalog catalog() {
        return new H2Catalog();
    }

    @Override
    public Lock lock(Connection connection) {
        return new H2Lock(connection);
    }

    @Override
    public List<String> lockTables() {
        return List.of(H2Lock.TABLE);
    }

    @Override
    public IdentifierLimit identifierLimit() {
        return new IdentifierLimit(256, IdentifierLimit.Unit.CHARACTERS, false);
    }

    @Override
    public ReservedWords reservedWords() {
        return H2ReservedWords.WORDS;
    }
}
