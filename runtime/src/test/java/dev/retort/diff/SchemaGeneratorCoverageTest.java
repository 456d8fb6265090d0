package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.operation.Operation;
import dev.retort.schema.ForeignKey;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The diff properties are only as good as the pairs they see: this checks that the generator's pairs
 * make the diff produce every kind of operation it can, and hit the situations known to be hard.
 */
class SchemaGeneratorCoverageTest {

    private static final int PAIRS = 1000;
    private static final int AT_LEAST = 30;

    @Test
    void theGeneratorIsReproducible() {
        SchemaGenerator one = new SchemaGenerator(new Random(99));
        SchemaGenerator two = new SchemaGenerator(new Random(99));
        for (int i = 0; i < 50; i++) {
            assertEquals(one.pair(), two.pair());
        }
    }

    @Test
    void pairsMakeTheDiffUseEveryOperationAndHitTheHardCases() {
        Random random = new Random(20250104);
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < PAIRS; i++) {
            SchemaPair pair = new SchemaGenerator(random).pair();
            List<Operation> operations = SchemaDiff.between(pair.from(), pair.to());
            operations.forEach(op -> count(counts, op.getClass().getSimpleName()));
            features(pair, operations).forEach(feature -> count(counts, feature));
        }
        List<String> expected = List.of("AddColumn", "AddPrimaryKey", "AlterColumnType", "CreateCheck",
                "CreateForeignKey", "CreateIndex", "CreateSchema", "CreateSequence", "CreateTable", "CreateUniqueConstraint",
                "DropCheck", "DropColumn", "DropDefault", "DropForeignKey", "DropIdentity", "DropIndex",
                "DropNotNull", "DropPrimaryKey", "DropSchema", "DropSequence", "DropTable", "DropUniqueConstraint", "SetDefault",
                "SetIdentity", "SetNotNull",
                "composite foreign key", "self reference", "reference cycle between tables",
                "dropped tables in a cycle", "every column replaced", "foreign key recreated on a changed key",
                "constraint name moved to another kind", "pair with equal schemas");
        String missing = expected.stream().filter(name -> counts.getOrDefault(name, 0) < AT_LEAST)
                .map(name -> name + "=" + counts.getOrDefault(name, 0)).collect(Collectors.joining(", "));
        assertTrue(missing.isEmpty(), "seen fewer than " + AT_LEAST + " times: " + missing + "\nall: " + counts);
    }

    private static void count(Map<String, Integer> counts, String name) {
        counts.merge(name, 1, Integer::sum);
    }

    private static List<String> features(SchemaPair pair, List<Operation> operations) {
        Schema from = pair.from();
        Stream.Builder<String> features = Stream.builder();
        List<ForeignKey> foreignKeys = from.tables().values().stream().flatMap(Table::foreignKeys).toList();
        if (foreignKeys.stream().anyMatch(fk -> fk.columns().size() > 1)) {
            features.add("composite foreign key");
        }
        if (from.tables().values().stream().anyMatch(t -> t.foreignKeys()
                .anyMatch(fk -> fk.referencedTable().equals(t.name())))) {
            features.add("self reference");
        }
        if (!TableOrder.of(from.tables().values()).cycleBreakers().isEmpty()) {
            features.add("reference cycle between tables");
        }
        List<Table> dropped = from.tables().values().stream()
                .filter(t -> !pair.to().tables().containsKey(t.name())).toList();
        if (!TableOrder.of(dropped).cycleBreakers().isEmpty()) {
            features.add("dropped tables in a cycle");
        }
        for (Table table : from.tables().values()) {
            Table target = pair.to().tables().get(table.name());
            if (target != null && table.columns().keySet().stream().noneMatch(target.columns()::containsKey)) {
                features.add("every column replaced");
            }
            if (target != null) {
                table.foreignKeys().filter(fk -> target.constraints().values().stream().anyMatch(fk::equals))
                        .filter(fk -> operations.stream().anyMatch(op -> op.equals(
                                new dev.retort.operation.DropForeignKey(table.name(), fk.name()))))
                        .findFirst().ifPresent(fk -> features.add("foreign key recreated on a changed key"));
            }
            table.constraints().values().forEach(c -> pair.to().tableOwning(c.name())
                    .map(owner -> owner.constraints().get(c.name()))
                    .filter(other -> other.getClass() != c.getClass())
                    .ifPresent(other -> features.add("constraint name moved to another kind")));
        }
        if (from.equals(pair.to())) {
            features.add("pair with equal schemas");
        }
        return features.build().toList();
    }
}
