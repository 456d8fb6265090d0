package dev.retort.schema;

import java.math.BigDecimal;

/** A column default: a constant, or the current timestamp computed by the database. */
public sealed interface DefaultValue {

    /** The default as SQL text, the same on every database Retort supports. */
    String sql();

    /** A string constant. */
    record Text(String value) implements DefaultValue {
        public Text {
            if (value == null) {
                throw new SchemaMisfitException("a text default cannot be null");
            }
        }

        @Override
        public String sql() {
            return "'" + value.replace("'", "''") + "'";
        }
    }

    /** A numeric constant, kept exactly. */
    record Number(BigDecimal value) implements DefaultValue {
        public Number {
            if (value == null) {
                throw new SchemaMisfitException("a numeric default cannot be null");
            }
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }

        @Override
        public String sql() {
            return value.toPlainString();
        }
    }

    /** A boolean constant. */
    record Bool(boolean value) implements DefaultValue {
        @Override
        public String sql() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** The time of the insert, computed by the database for each row. */
    record CurrentTimestamp() implements DefaultValue {
        @Override
        public String sql() {
            return "CURRENT_TIMESTAMP";
        }
    }
}
