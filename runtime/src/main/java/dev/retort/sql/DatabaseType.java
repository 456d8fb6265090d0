package dev.retort.sql;

import java.sql.Connection;
import java.util.List;

/**
 * Everything Retort knows of one database, one implementation in a package of its own
 * ({@code sql.h2}, {@code sql.postgres}, {@code sql.mariadb}); {@link Database#type()} names each.
 */
public interface DatabaseType {

    Database database();

    /** The database's name as messages write it. */
    String displayName();

    /** The starts of the JDBC URLs that reach it, e.g. {@code jdbc:h2:}. */
    List<String> urlPrefixes();

    /** Whether a connection's product name (folded to lower case) is this database's. */
    boolean isProduct(String productName);

    /** How it spells Retort's operations; a new dialect each time, knowing no connection yet. */
    Dialect dialect();

    /** What it tells of its schema beyond {@link java.sql.DatabaseMetaData}. */
    Catalog catalog();

    /** The migration lock, held through this connection (which the lock closes). */
    Lock lock(Connection connection);

    /** The tables the lock keeps, which no schema read back includes. */
    List<String> lockTables();

    /** The longest name it keeps. */
    IdentifierLimit identifierLimit();

    /** The words it reserves, which its SQL quotes. */
    ReservedWords reservedWords();
}
