package dev.retort.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.fixtures.failing.FailingIndex;
import dev.retort.oracle.CatalogReader;
import dev.retort.oracle.CatalogSchema;
import dev.retort.oracle.SchemaComparison;
import dev.retort.oracle.SchemaComparison.ColumnOrder;
import dev.retort.schema.Schema;
import dev.retort.sql.Database;
import dev.retort.testing.SchemaText;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * All or nothing: a failure injected at every position of a many-operation migration leaves schema,
 * rows and history exactly as they were, on every database.
 */
class FailureInjectionTest {

    @AfterEach
    void noFailure() {
        FailingIndex.failAt = -1;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFailureAtAnyPositionUndoesTheWholeMigration(Database database) throws Exception {
        try (TestDatabase db = TestDatabase.create(database, "failure")) {
            FailingIndex.failAt = -1;
            retort(db).upgrade("a1000000000a");
            Schema schemaBefore = retort(db).liveSchema();
            CatalogSchema catalogBefore = catalog(db);
            List<String> rowsBefore = rows(db);
            List<String> historyBefore = historyIds(retort(db));
            assertEquals(List.of("1 bolt 10", "2 nut null", "3 gear 7"), rowsBefore);
            assertEquals(List.of("a1000000000a"), historyBefore);

            for (int position = 0; position <= FailingIndex.OPERATIONS; position++) {
                FailingIndex.failAt = position;
                Retort retort = retort(db);
                MigrationFailedException failure = assertThrows(MigrationFailedException.class,
                        () -> retort.upgrade("head"), "failure at position " + position);
                assertEquals(FailingIndex.FAILURE, failure.statement());
                assertTrue(failure.getMessage().startsWith("migration b2000000000b failed at operation "
                        + (position + 1) + " of " + (FailingIndex.OPERATIONS + 1) + " (execute UPDATE"), failure.getMessage());
                assertEquals(SchemaText.of(schemaBefore), SchemaText.of(retort.liveSchema()), "position " + position);
                assertEquals(schemaBefore, retort.liveSchema());
                assertEquals(List.of(), SchemaComparison.of(catalogBefore, catalog(db), ColumnOrder.COMPARED).differences(),
                        "position " + position + ", read from the database's catalogs");
                assertEquals(rowsBefore, rows(db), "position " + position);
                assertEquals(historyBefore, historyIds(retort), "position " + position);
            }

            FailingIndex.failAt = -1;
            assertEquals(List.of("b2000000000b"), retort(db).upgrade("head"));
            assertEquals(List.of(), retort(db).check());
            assertEquals(List.of("b2000000000b"), retort(db).downgrade("-1"));
            assertEquals(schemaBefore, retort(db).liveSchema());
            assertEquals(List.of(), SchemaComparison.of(catalogBefore, catalog(db), ColumnOrder.COMPARED).differences());
            assertEquals(rowsBefore, rows(db));
        }
    }

    /** The schema as the database's own catalogs tell it, read by the judge that owes nothing to Retort. */
    private static CatalogSchema catalog(TestDatabase db) throws Exception {
        try (Connection connection = db.connect()) {
            return CatalogReader.read(connection, Set.of());
        }
    }

    private static Retort retort(TestDatabase db) {
        return Retort.configure().url(db.url()).migrationsPackage("dev.retort.fixtures.failing").load();
    }

    private static List<String> historyIds(Retort retort) {
        return retort.history().stream().filter(HistoryEntry::isApplied).map(HistoryEntry::id).toList();
    }

    private static List<String> rows(TestDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT * FROM items ORDER BY id")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(String.valueOf(rs.getObject(i)));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
