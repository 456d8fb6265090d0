package dev.retort.processor.model;

import dev.retort.schema.Column;
import dev.retort.schema.SqlType;
import java.util.Comparator;
import java.util.List;

/**
 * The order of a composite key's columns as Hibernate 6 writes them, which is the order of its DDL
 * columns: fixed-size types by size first, then the rest, each group by name as spelled (upper case
 * before lower).
 */
final class KeyOrder {

    private KeyOrder() {}

    static List<String> of(List<Column> columns, PhysicalNames names) {
        return columns.stream().sorted(Comparator.comparingInt((Column c) -> size(c.type().kind()))
                .thenComparing(c -> names.spelling(c.name()))).map(Column::name).toList();
    }

    private static int size(SqlType.Kind kind) {
        return switch (kind) {
            case BOOLEAN, TINYINT -> 1;
            case SMALLINT -> 2;
            case INTEGER, REAL, DATE -> 4;
            case BIGINT, DOUBLE, TIME, TIMESTAMP -> 8;
            default -> Integer.MAX_VALUE;
        };
    }
}
