package dev.retort.diff;

import dev.retort.schema.ForeignKey;
import dev.retort.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders tables so that a table comes after the tables it references, among the tables given.
 * Where references form a cycle, the foreign keys that close it are named, to be dropped first.
 */
final class TableOrder {

    private final List<Table> tables;
    private final List<Map.Entry<String, ForeignKey>> cycleBreakers;

    private TableOrder(List<Table> tables, List<Map.Entry<String, ForeignKey>> cycleBreakers) {
        this.tables = tables;
        this.cycleBreakers = cycleBreakers;
    }

    static List<Table> referencedFirst(Collection<Table> tables) {
        return of(tables).tables();
    }

    static TableOrder of(Collection<Table> tables) {
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        Set<String> placed = new LinkedHashSet<>();
        Set<String> visiting = new LinkedHashSet<>();
        List<Map.Entry<String, ForeignKey>> breakers = new ArrayList<>();
        for (String name : byName.keySet()) {
            visit(name, byName, placed, visiting, breakers);
        }
        List<Table> ordered = new ArrayList<>();
        placed.forEach(name -> ordered.add(byName.get(name)));
        return new TableOrder(ordered, breakers);
    }

    private static void visit(String name, Map<String, Table> byName, Set<String> placed, Set<String> visiting,
                              List<Map.Entry<String, ForeignKey>> breakers) {
        if (placed.contains(name)) {
            return;
        }
        visiting.add(name);
        byName.get(name).foreignKeys().forEach(fk -> {
            String target = fk.referencedTable();
            if (target.equals(name) || !byName.containsKey(target) || placed.contains(target)) {
                return;
            }
            if (visiting.contains(target)) {
                breakers.add(Map.entry(name, fk));
            } else {
                visit(target, byName, placed, visiting, breakers);
            }
        });
        visiting.remove(name);
        placed.add(name);
    }

    /** The tables, each after the tables it references (ignoring the cycle breakers). */
    List<Table> tables() {
        return tables;
    }

    /** Foreign keys, by the table that holds them, whose removal breaks every cycle. */
    List<Map.Entry<String, ForeignKey>> cycleBreakers() {
        return cycleBreakers;
    }
}
