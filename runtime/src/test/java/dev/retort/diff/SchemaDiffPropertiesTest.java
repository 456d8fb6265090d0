package dev.retort.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * SchemaDiff on many random pairs of valid schemas: its operations always apply, lead to the target
 * schema (up to index and constraint names), and each can be undone by its inverse. Seeded, so a
 * failure is reproducible; jqwik prints the failing pair.
 */
class SchemaDiffPropertiesTest {

    @Provide
    Arbitrary<SchemaPair> pairs() {
        return Arbitraries.randomValue(random -> new SchemaGenerator(random).pair());
    }

    @Provide
    Arbitrary<Schema> schemas() {
        return Arbitraries.randomValue(random -> new SchemaGenerator(random).schema());
    }

    @Property(tries = 1500, seed = "20250101")
    void theDiffTakesTheFirstSchemaToTheSecond(@ForAll("pairs") SchemaPair pair) {
        List<Operation> operations = SchemaDiff.between(pair.from(), pair.to());
        Schema schema = apply(pair.from(), operations);
        assertEquals(SchemaShapes.of(pair.to()), SchemaShapes.of(schema), () -> describe(operations));
    }

    @Property(tries = 1000, seed = "20250102")
    void aSchemaDiffedWithItselfGivesNoOperation(@ForAll("schemas") Schema schema) {
        assertEquals(List.of(), SchemaDiff.between(schema, schema));
    }

    @Property(tries = 1000, seed = "20250103")
    void eachOperationOfADiffIsUndoneByItsInverse(@ForAll("pairs") SchemaPair pair) {
        Schema before = pair.from();
        for (Operation operation : SchemaDiff.between(pair.from(), pair.to())) {
            Schema after = operation.applyTo(before);
            Schema undone = apply(after, operation.inverse(before));
            assertEquals(before, undone, () -> "the inverse of " + operation + " is " + operation.inverse(pair.from()));
            before = after;
        }
    }

    private static Schema apply(Schema schema, List<Operation> operations) {
        Schema current = schema;
        for (int i = 0; i < operations.size(); i++) {
            try {
                current = operations.get(i).applyTo(current);
            } catch (SchemaMisfitException misfit) {
                fail("step " + i + " (" + operations.get(i) + ") does not fit: " + misfit.getMessage() + "\n"
                        + describe(operations));
            }
        }
        return current;
    }

    private static String describe(List<Operation> operations) {
        StringBuilder out = new StringBuilder("operations:\n");
        operations.forEach(op -> out.append("  ").append(op).append('\n'));
        return out.toString();
    }
}
