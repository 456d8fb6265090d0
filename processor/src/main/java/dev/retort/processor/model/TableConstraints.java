package dev.retort.processor.model;

import dev.retort.processor.ProcessorErrors;
import dev.retort.processor.diagnostic.Check;
import dev.retort.processor.diagnostic.Location;
import dev.retort.processor.diagnostic.Reporter;
import dev.retort.processor.util.Annotations;
import dev.retort.schema.Identifiers;
import dev.retort.schema.Index;
import dev.retort.schema.UniqueConstraint;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * The {@code indexes} and {@code uniqueConstraints} of a table annotation ({@code @Table},
 * {@code @SecondaryTable}): each on the columns it names, which the table must have; one naming a
 * column the table lacks is reported on the annotation. A unique index is a unique constraint, as
 * Hibernate creates it.
 */
final class TableConstraints {

    private TableConstraints() {}

    static void read(AnnotationMirror table, TableDraft draft, Element origin, UnaryOperator<String> fold,
                     Reporter reporter) {
        for (AnnotationMirror index : Annotations.annotations(table, "indexes")) {
            List<String> columns = Arrays.stream(Annotations.string(index, "columnList").orElse("").split(","))
                    .map(String::trim).filter(s -> !s.isEmpty())
                    .map(s -> fold.apply(s.split("\\s+")[0])).toList();
            if (columns.isEmpty()) {
                reporter.report(Check.INVALID_MAPPING, Location.ofMember(origin, table, index, "columnList"),
                        ProcessorErrors.indexWithoutColumns(draft.name));
                continue;
            }
            if (!known(table, index, "columnList", draft, origin, columns, reporter)) {
                continue;
            }
            // Hibernate makes a unique @Index a unique constraint, not a unique index.
            boolean unique = Annotations.bool(index, "unique").orElse(false);
            String name = Annotations.string(index, "name").filter(n -> !n.isBlank()).map(fold)
                    .orElse((unique ? "uk_" : "idx_") + Identifiers.namePart(draft.name) + "_" + String.join("_", columns));
            draft.addConstraint(unique ? new UniqueConstraint(name, columns) : new Index(name, columns, false), origin);
        }
        for (AnnotationMirror unique : Annotations.annotations(table, "uniqueConstraints")) {
            List<String> columns = Annotations.strings(unique, "columnNames").stream().map(fold).toList();
            if (!known(table, unique, "columnNames", draft, origin, columns, reporter)) {
                continue;
            }
            String name = Annotations.string(unique, "name").filter(n -> !n.isBlank()).map(fold)
                    .orElse("uk_" + Identifiers.namePart(draft.name) + "_" + String.join("_", columns));
            draft.addConstraint(new UniqueConstraint(name, columns), origin);
        }
    }

    private static boolean known(AnnotationMirror table, AnnotationMirror constraint, String member, TableDraft draft,
                                 Element origin, List<String> columns, Reporter reporter) {
        for (String column : columns) {
            if (!draft.columns.containsKey(column)) {
                reporter.report(Check.UNSUPPORTED_MAPPING, Location.ofMember(origin, table, constraint, member),
                        ProcessorErrors.unknownIndexColumn(draft.name, column));
                return false;
            }
        }
        return !columns.isEmpty();
    }
}
