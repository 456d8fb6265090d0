package dev.retort.schema;

import java.util.List;

/** A check constraint. Its expression is SQL that Retort keeps as written. */
public record CheckConstraint(String name, String expression) implements TableConstraint {

    public CheckConstraint {
        name = Identifiers.fold(name, "check");
        if (expression == null || expression.isBlank()) {
            throw new SchemaMisfitException("check " + name + " has no expression");
        }
        expression = expression.strip();
    }

    /** Whether the expression names this column (outside string literals). */
    public boolean mentions(String column) {
        return CheckExpressions.mentions(expression, column);
    }

    /**
     * The expression with the table's columns spelled as a database needs them (a reserved word
     * quoted, as the column was when it was created), on a table of these columns.
     */
    public String expressionFor(java.util.Set<String> columns, java.util.function.UnaryOperator<String> spell) {
        return CheckExpressions.spellColumns(expression, columns, spell);
    }

    /** This check with a column renamed where the expression names it, as databases rewrite it. */
    public CheckConstraint withColumnRenamed(String from, String to) {
        return new CheckConstraint(name, CheckExpressions.rename(expression, from, to));
    }

    @Override
    public List<String> columns() {
        return List.of();
    }

    @Override
    public String kind() {
        return "check";
    }

    @Override
    public boolean sameShape(TableConstraint other) {
        return other instanceof CheckConstraint check && check.expression.equalsIgnoreCase(expression);
    }

    @Override
    public String toString() {
        return "check " + name + " (" + expression + ")";
    }
}
