package dev.retort.processor.model;

import dev.retort.schema.Identifiers;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Logical names made physical by the naming strategy and folded as Retort keeps them. Each folded
 * name's spelling is kept: Hibernate orders a composite key's columns by their names as spelled,
 * so {@code Supplier_id} comes before {@code stocked_id}.
 */
final class PhysicalNames implements UnaryOperator<String> {

    private final NamingStrategy naming;
    private final Map<String, String> spellings = new HashMap<>();

    PhysicalNames(NamingStrategy naming) {
        this.naming = naming;
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
