package dev.retort.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.oracle.CatalogSchema.CatalogTable;
import dev.retort.oracle.CatalogSchema.ForeignKey;
import dev.retort.oracle.CatalogSchema.Index;
import dev.retort.sql.Database;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The independent reader on a schema made with plain SQL: every item it promises, read back as created. */
class CatalogReaderTest {

    @ParameterizedTest
    @EnumSource(Database.class)
    void readsWhatPlainSqlCreated(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "catalog")) {
            db.execute("CREATE TABLE parent (b INTEGER NOT NULL, a INTEGER NOT NULL, PRIMARY KEY (b, a))",
                    "CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, zeta VARCHAR(20) DEFAULT 'z', pa INTEGER,"
                            + " pb INTEGER, amount NUMERIC(10,2) NOT NULL, CONSTRAINT u1 UNIQUE (zeta, amount),"
                            + " CONSTRAINT c1 CHECK ((id > 0 OR pa > 0) AND pb > 0),"
                            + " CONSTRAINT f1 FOREIGN KEY (pb, pa) REFERENCES parent (b, a) ON DELETE CASCADE)",
                    "CREATE INDEX i1 ON child (pa, id)",
                    "CREATE SEQUENCE numbers START WITH 100 INCREMENT BY 50",
                    "CREATE TABLE retort_history (id VARCHAR(12))");
            CatalogSchema schema;
            try (Connection connection = db.connect()) {
                schema = CatalogReader.read(connection, Set.of()).folded();
            }
            assertEquals(List.of("child", "parent"), List.copyOf(schema.tables().keySet()));
            CatalogTable child = schema.tables().get("child");
            assertEquals(List.of("id", "zeta", "pa", "pb", "amount"), child.columns().stream().map(c -> c.name()).toList());
            assertEquals(List.of(false, true, true, true, false), child.columns().stream().map(c -> c.nullable()).toList());
            assertEquals(true, child.columns().get(1).defaultValue().contains("'z'"), child.columns().get(1)::toString);
            assertEquals(true, child.columns().get(4).type().toLowerCase(Locale.ROOT).endsWith("(10,2)"),
                    child.columns().get(4)::toString);
            assertEquals(List.of("id"), child.primaryKey());
            assertEquals(List.of(new ForeignKey(List.of("pb", "pa"), "parent", List.of("b", "a"), "CASCADE")),
                    child.foreignKeys());
            assertEquals(List.of(List.of("zeta", "amount")), child.uniques());
            assertEquals(List.of(ParsedCheck.canonical("pb > 0 AND (pa > 0 OR id > 0)")), child.checks());
            assertEquals(true, child.indexes().contains(new Index(List.of("pa", "id"), false)), child.indexes()::toString);
            assertEquals(List.of("b", "a"), schema.tables().get("parent").primaryKey());
            assertEquals(List.of(new CatalogSchema.Sequence("numbers", 100, 50)), schema.sequences());
        }
    }
}
