package dev.retort.processor.model;

import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.util.Annotations;
import dev.retort.schema.Column;
import dev.retort.schema.Identifiers;
import dev.retort.schema.SqlType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Hibernate 7's check on a discriminator column: its values are those of the hierarchy's concrete
 * entities, each its {@code @DiscriminatorValue} or, for a string, its entity name.
 */
final class DiscriminatorChecks {

    private static final String DISCRIMINATOR_VALUE = "jakarta.persistence.DiscriminatorValue";

    private DiscriminatorChecks() {}

    static void add(ModelContext context) {
        Map<TypeElement, EntityTable> entities = context.entities();
        Map<String, TableDraft> tables = context.tables();
        UnaryOperator<String> names = context.names();
        Reporter reporter = context.reporter();
        for (EntityTable root : entities.values()) {
            if (Inheritance.parentEntity(root.type()) != null || Inheritance.isUnion(root.type())) {
                continue;
            }
            TableDraft draft = tables.get(root.table());
            Column column = Inheritance.discriminator(root.type(), names);
            if (draft == null || !column.equals(draft.columns.get(column.name()))) {
                continue;
            }
            boolean text = column.type().kind() != SqlType.Kind.INTEGER;
            List<String> values = new ArrayList<>();
            for (EntityTable member : entities.values()) {
                if (Inheritance.root(member.type()) != root.type()
                        || member.type().getModifiers().contains(Modifier.ABSTRACT)) {
                    continue;
                }
                Optional<String> value = Annotations.find(member.type(), DISCRIMINATOR_VALUE)
                        .flatMap(v -> Annotations.string(v, "value"));
                if (value.isEmpty() && column.type().kind() != SqlType.Kind.VARCHAR) {
                    reporter.report(Check.UNSUPPORTED_MAPPING, Location.of(member.type()),
                            ProcessorErrors.implicitDiscriminatorValue(member.type(), column.type()));
                    values.clear();
                    break;
                }
                String written = value.orElse(member.entityName());
                values.add(text ? "'" + written.replace("'", "''") + "'" : written);
            }
            if (!values.isEmpty()) {
                String expression = values.size() == 1 ? column.name() + " = " + values.get(0)
                        : column.name() + " in (" + String.join(",", values) + ")";
                draft.addConstraint(new dev.retort.schema.CheckConstraint("ck_" + Identifiers.namePart(draft.name) + "_"
                        + column.name(), expression), root.type());
            }
        }
    }
}
