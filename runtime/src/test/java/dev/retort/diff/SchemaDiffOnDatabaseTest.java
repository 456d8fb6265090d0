package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.operation.Operation;
import dev.retort.oracle.CatalogReader;
import dev.retort.oracle.CatalogSchema;
import dev.retort.oracle.SchemaComparison;
import dev.retort.oracle.SchemaComparison.ColumnOrder;
import dev.retort.schema.Schema;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Index;
import dev.retort.schema.Table;
import dev.retort.schema.TableConstraint;
import dev.retort.schema.UniqueConstraint;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import dev.retort.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The diffs of random pairs of schemas run on a real database: the first schema built there, the
 * diff to the second rendered and executed; the result, read by the database's own catalogs, is
 * what the second schema built from nothing on another database is. (Retort's own reader is not
 * the judge here: on H2 it reads {@code length(x)} back as {@code char_length(x)}, and a unique
 * constraint on a primary key's columns in the key's order.) On H2 in every build; the schemas name SQL schemas of their own
 * ({@code n1}, {@code n2}), which only H2's private databases can hold without colliding with
 * other builds on a shared server.
 */
class SchemaDiffOnDatabaseTest {

    /** Named for the diff's sake: n1 and n2 may be there before and gone after, or the other way. */
    private static final Set<String> NAMESPACES = Set.of("n1", "n2");

    @Provide
    Arbitrary<SchemaPair> pairs() {
        return Arbitraries.randomValue(random -> SchemaGenerator.fittingDatabases(random).pair());
    }

    @Property(tries = 120, seed = "20250104")
    void theDiffRunOnH2BuildsTheTarget(@ForAll("pairs") SchemaPair pair) throws Exception {
        Assume.that(!sharesAnIndexOnH2(pair.from()));
        try (TestDatabase migrated = TestDatabase.create(Database.H2, "diffed");
             TestDatabase fresh = TestDatabase.create(Database.H2, "fresh")) {
            run(migrated, Schema.EMPTY, pair.from());
            List<String> steps = run(migrated, pair.from(), pair.to());
            run(fresh, Schema.EMPTY, pair.to());

            // Column order is not compared: the diff adds a column after the others, where the target may have it anywhere.
            SchemaComparison comparison = SchemaComparison.of(catalog(fresh), catalog(migrated), ColumnOrder.IGNORED);
            assertEquals(List.of(), comparison.differences(), () -> String.join("\n", steps));
        }
    }

    /**
     * A known defect, left out until it is fixed: H2 builds a unique constraint or a foreign key on
     * an index that is already there (the primary key's, or one of the schema's whose first columns
     * are the constraint's), and then refuses to drop that key or index ("index belongs to
     * constraint"); the diff does not drop and recreate the constraint around it.
     */
    private static boolean sharesAnIndexOnH2(Schema schema) {
        for (Table table : schema.tables().values()) {
            List<List<String>> indexed = new java.util.ArrayList<>();
            if (table.primaryKey() != null) {
                indexed.add(table.primaryKey().columns());
            }
            table.constraints().values().stream().filter(c -> c instanceof Index).forEach(c -> indexed.add(c.columns()));
            for (TableConstraint constraint : table.constraints().values()) {
                if (constraint instanceof UniqueConstraint || constraint instanceof ForeignKey) {
                    Set<String> columns = Set.copyOf(constraint.columns());
                    if (indexed.stream().anyMatch(index -> index.size() >= columns.size()
                            && Set.copyOf(index.subList(0, columns.size())).equals(columns))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Renders the diff's operations and executes them; returns the statements, for a failure's message. */
    private static List<String> run(TestDatabase db, Schema from, Schema to) throws SQLException {
        List<String> statements = new java.util.ArrayList<>();
        try (Connection connection = db.connect(); Statement statement = connection.createStatement()) {
            Dialect dialect = Dialect.of(db.database()).on(connection);
            Schema current = from;
            for (Operation operation : SchemaDiff.between(from, to)) {
                for (String sql : dialect.render(operation, current)) {
                    statements.add(sql);
                    try {
                        statement.execute(sql);
                    } catch (SQLException e) {
                        throw new SQLException(operation.describe() + ": " + e.getMessage() + "\n"
                                + String.join("\n", statements), e.getSQLState(), e);
                    }
                }
                current = operation.applyTo(current);
            }
        }
        return statements;
    }

    private static CatalogSchema catalog(TestDatabase db) throws SQLException {
        try (Connection connection = db.connect()) {
            return CatalogReader.read(connection, new TreeSet<>(NAMESPACES));
        }
    }
}
