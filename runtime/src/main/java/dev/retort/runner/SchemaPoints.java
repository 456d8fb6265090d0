package dev.retort.runner;

import dev.retort.diff.SchemaDifferences;
import dev.retort.operation.Operation;
import dev.retort.schema.Schema;
import dev.retort.sql.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The schemas one migration's operations pass through: {@code at(0)} before the first, {@code at(k)}
 * after the k-th. Where a run stopped is found by comparing the live schema with them.
 */
record SchemaPoints(List<Schema> points) {

    SchemaPoints {
        points = List.copyOf(points);
    }

    static SchemaPoints of(Schema before, List<Operation> operations) {
        List<Schema> points = new ArrayList<>();
        Schema schema = before;
        points.add(schema);
        for (Operation operation : operations) {
            schema = operation.applyTo(schema);
            points.add(schema);
        }
        return new SchemaPoints(points);
    }

    Schema at(int k) {
        return points.get(k);
    }

    Schema last() {
        return points.get(points.size() - 1);
    }

    /** The last point the live schema is at (by shape, as {@code check} compares), if it is at one. */
    OptionalInt locate(Dialect dialect, Schema live) {
        Schema normalLive = dialect.normalise(live);
        for (int k = points.size() - 1; k >= 0; k--) {
            if (SchemaDifferences.byShape(dialect.normalise(points.get(k)), normalLive).isEmpty()) {
                return OptionalInt.of(k);
            }
        }
        return OptionalInt.empty();
    }

    static boolean matches(Dialect dialect, Schema expected, Schema live) {
        return differences(dialect, expected, live).isEmpty();
    }

    static List<String> differences(Dialect dialect, Schema expected, Schema live) {
        return SchemaDifferences.byShape(dialect.normalise(expected), dialect.normalise(live));
    }
}
