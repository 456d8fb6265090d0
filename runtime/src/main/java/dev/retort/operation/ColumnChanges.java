package dev.retort.operation;

import dev.retort.schema.Column;
import dev.retort.schema.Schema;
import dev.retort.schema.Table;
import java.util.function.UnaryOperator;

/** Changes one column of one table in place. */
final class ColumnChanges {

    private ColumnChanges() {}

    static Schema change(Schema schema, String table, String column, UnaryOperator<Column> change) {
        Table target = schema.requireTable(table);
        return schema.withTable(target.withColumn(change.apply(target.requireColumn(column))));
    }

    static Column columnIn(Schema schema, String table, String column) {
        return schema.requireTable(table).requireColumn(column);
    }
}
