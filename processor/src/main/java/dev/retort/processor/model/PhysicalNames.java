package dev.retort.processor.model;

import dev.retort.schema.Identifiers;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Logical names made physical by the naming strategy and folded as Retort keeps them. Each folded
 * name's spelling is kept: Hibernate orders a composite key's columns by their names as spelled,
 * so {@code Supplier_id} comes before {@code stocked_id}.
 */
final class PhysicalNames implements UnaryOperator<String> {

    private final NamingStrategy naming;
    /** The connection's own schema, folded: a table in it is named without it. */
    private final Optional<String> defaultSchema;
    private final Map<String, String> spellings = new HashMap<>();

    PhysicalNames(NamingStrategy naming, Optional<String> defaultSchema) {
        this.naming = naming;
        this.defaultSchema = defaultSchema.map(this::apply);
    }

    /** Whether a physical, folded schema name is the connection's own, which Retort leaves out of names. */
    boolean isDefaultSchema(String schema) {
        return defaultSchema.filter(schema::equals).isPresent();
    }

    /** The logical name of a join table without {@code @JoinTable}, as the strategy derives it. */
    String joinTable(String ownerTable, String targetTable, String attribute) {
        return naming.joinTable(ownerTable, targetTable, attribute);
    }

    @Override
    public String apply(String logicalName) {
        String physical = naming.physical(logicalName);
        String folded = Identifiers.fold(physical, "model");
        spellings.put(folded, physical);
        return folded;
    }

    /** The name as the mapping spelled it. */
    String spelling(String folded) {
        return spellings.getOrDefault(folded, folded);
    }
}
