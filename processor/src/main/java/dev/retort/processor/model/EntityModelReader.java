package dev.retort.processor.model;

import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.util.Annotations;
import dev.retort.schema.Column;
import dev.retort.schema.PrimaryKey;
import dev.retort.schema.Schema;
import dev.retort.schema.SqlType;
import dev.retort.schema.Table;
import java.util.*;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.*;
import javax.lang.model.util.ElementFilter;

// TEMPORARY local scaffold until the entity-model branch lands. Not committed.
public final class EntityModelReader {
    public EntityModelReader(ProcessingEnvironment env, NamingStrategy naming, Reporter reporter) {}

    public EntityModel read(Set<? extends Element> roots, List<String> packages) {
        Schema schema = Schema.EMPTY;
        Map<String, Element> tables = new HashMap<>(), columns = new HashMap<>();
        boolean found = false;
        for (Element e : roots) {
            if (!(e instanceof TypeElement t) || Annotations.find(t, "jakarta.persistence.Entity").isEmpty()) continue;
            found = true;
            String table = Annotations.find(t, "jakarta.persistence.Table").flatMap(a -> Annotations.string(a, "name")).filter(s -> !s.isEmpty()).orElse(t.getSimpleName().toString()).toLowerCase();
            List<Column> cols = new ArrayList<>(); List<String> pk = new ArrayList<>();
            for (VariableElement f : ElementFilter.fieldsIn(t.getEnclosedElements())) {
                if (f.getModifiers().contains(Modifier.STATIC)) continue;
                String name = Annotations.find(f, "jakarta.persistence.Column").flatMap(a -> Annotations.string(a, "name")).filter(s -> !s.isEmpty()).orElse(f.getSimpleName().toString()).toLowerCase();
                boolean nullable = Annotations.find(f, "jakarta.persistence.Column").flatMap(a -> Annotations.value(a, "nullable")).map(v -> (Boolean) v.getValue()).orElse(true);
                String type = f.asType().toString();
                SqlType st = switch (type) { case "long", "java.lang.Long" -> SqlType.of(SqlType.Kind.BIGINT); case "int", "java.lang.Integer" -> SqlType.of(SqlType.Kind.INTEGER); default -> SqlType.varchar(255); };
                boolean id = Annotations.find(f, "jakarta.persistence.Id").isPresent();
                if (id) pk.add(name);
                cols.add(new Column(name, st, nullable && !id && !f.asType().getKind().isPrimitive(), null, false));
                columns.put(table + "." + name, f);
            }
            schema = schema.withTable(Table.of(table, cols, pk.isEmpty() ? null : new PrimaryKey(pk), List.of()));
            tables.put(table, t);
        }
        return new EntityModel(schema, tables, columns, Map.of(), found);
    }
}
