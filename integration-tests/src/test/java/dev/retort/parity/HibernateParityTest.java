package dev.retort.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.diff.SchemaDiff;
import dev.retort.operation.Operation;
import dev.retort.parity.ParitySets.ParitySet;
import dev.retort.processor.model.NamingStrategy;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import dev.retort.sql.Database;
import dev.retort.sql.Dialect;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate is the judge: for each entity set and naming, the schema Retort expects is the schema
 * Hibernate creates on H2, PostgreSQL and MariaDB, up to the names of constraints and indexes.
 */
class HibernateParityTest {

    /** The databases of this run: all three, or those {@code retort.parity.databases} names (H2,POSTGRESQL,...). */
    static Stream<Database> databases() {
        String named = System.getProperty("retort.parity.databases", "");
        return named.isBlank() ? Stream.of(Database.values())
                : Arrays.stream(named.split(",")).map(String::trim).map(Database::valueOf);
    }

    static Stream<Arguments> sets() {
        return databases().flatMap(database -> Stream.of(NamingStrategy.values())
                .flatMap(naming -> ParitySets.selected().stream().filter(set -> set.runsOn(database, ParitySets.generation()))
                        .map(set -> Arguments.of(set, naming, database))));
    }

    @ParameterizedTest(name = "{0}, {1} naming, {2}")
    @MethodSource("sets")
    void retortExpectsTheSchemaHibernateCreates(ParitySet set, NamingStrategy naming, Database database)
            throws Exception {
        Dialect dialect = Dialect.of(database);
        Schema expected = RetortSchemas.cached(set, naming);
        Schema retort = dialect.normalise(expected);
        Schema hibernate = HibernateSchemas.created(set, naming, database, expected.namespaces());
        List<String> differences = SchemaDiff.between(retort, hibernate).stream().map(Operation::describe).toList();
        System.out.printf("parity %s/%s/%s: %d items compared, %d differences%n", set, naming, database,
                items(hibernate), differences.size());
        differences.forEach(d -> System.out.println("  " + d));
        ParityReport.write(set + "-" + naming + "-" + database, retort, hibernate);
        assertEquals(List.of(), differences, () -> "Retort:\n" + retort + "\nHibernate:\n" + hibernate);
    }

    /** SQL schemas, tables, columns, keys, constraints and sequences: what the comparison looks at. */
    static int items(Schema schema) {
        int items = schema.namespaces().size() + schema.sequences().size();
        for (Table table : schema.tables().values()) {
            items += 1 + table.columns().size() + (table.primaryKey() == null ? 0 : 1) + table.constraints().size();
        }
        return items;
    }
}
