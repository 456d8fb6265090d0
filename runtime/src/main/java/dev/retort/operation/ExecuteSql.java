package dev.retort.operation;

import dev.retort.schema.Schema;
import dev.retort.schema.SchemaMisfitException;
import java.util.List;

/** Runs SQL that changes rows (a backfill, a copy). Its effect is opaque to the replay. */
public record ExecuteSql(String sql) implements Operation {

    public ExecuteSql {
        if (sql == null || sql.isBlank()) {
            throw new SchemaMisfitException("execute needs SQL");
        }
    }

    @Override
    public Schema applyTo(Schema schema) {
        return schema;
    }

    @Override
    public List<Operation> inverse(Schema before) {
        return List.of();
    }

    @Override
    public String describe() {
        return "execute " + (sql.length() > 60 ? sql.substring(0, 57) + "..." : sql);
    }

    @Override
    public boolean isDataStep() {
        return true;
    }
}
