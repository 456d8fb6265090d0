package dev.retort.sql;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A check expression as a tree, written back in one spelling: names in lower case without quotes,
 * numbers without trailing zeros, and parentheses only where the precedence needs them.
 */
sealed interface CheckExpression {

    /** How tightly the expression binds: a child that binds less tightly than its parent is parenthesised. */
    int precedence();

    String sql();

    int OR = 1;
    int AND = 2;
    int NOT = 3;
    int COMPARISON = 4;
    int CONCATENATION = 5;
    int ADDITION = 6;
    int MULTIPLICATION = 7;
    int UNARY = 8;
    int PRIMARY = 9;

    static String parenthesised(CheckExpression child, int atLeast) {
        return child.precedence() < atLeast ? "(" + child.sql() + ")" : child.sql();
    }

    record Name(String name) implements CheckExpression {
        public int precedence() {
            return PRIMARY;
        }

        public String sql() {
            return name;
        }
    }

    /** A string literal, quotes included, or a keyword constant such as {@code null} or {@code true}. */
    record Literal(String text) implements CheckExpression {
        public int precedence() {
            return PRIMARY;
        }

        public String sql() {
            return text;
        }
    }

    record Number(BigDecimal value) implements CheckExpression {
        public Number {
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }

        public int precedence() {
            return value.signum() < 0 ? UNARY : PRIMARY;
        }

        public String sql() {
            return value.toPlainString();
        }
    }

    record Call(String function, List<CheckExpression> arguments) implements CheckExpression {
        public int precedence() {
            return PRIMARY;
        }

        public String sql() {
            return function + "(" + arguments.stream().map(CheckExpression::sql).collect(Collectors.joining(", ")) + ")";
        }
    }

    /** {@code -x} or {@code not x}. */
    record Unary(String operator, CheckExpression operand) implements CheckExpression {
        public int precedence() {
            return operator.equals("not") ? NOT : UNARY;
        }

        public String sql() {
            return operator + (operator.equals("not") ? " " : "") + parenthesised(operand, precedence());
        }
    }

    /** A left-associative operator: its right operand must bind more tightly to go without parentheses. */
    record Binary(String operator, CheckExpression left, CheckExpression right, int precedence)
            implements CheckExpression {
        public String sql() {
            return parenthesised(left, precedence) + " " + operator + " " + parenthesised(right, precedence + 1);
        }
    }

    /**
     * {@code and} or {@code or} over two or more operands, nested ones of the same kind flattened, and
     * written in a sorted order: a check means the same whatever order its conditions come in (Hibernate
     * 7 writes a {@code @Range}'s maximum first).
     */
    record Junction(String operator, List<CheckExpression> operands, int precedence) implements CheckExpression {
        public String sql() {
            return operands.stream().map(o -> parenthesised(o, precedence)).sorted()
                    .collect(Collectors.joining(" " + operator + " "));
        }
    }

    /** PostgreSQL's {@code ARRAY[...]}, which {@code = ANY (...)} and {@code <> ALL (...)} take. */
    record Array(List<CheckExpression> values) implements CheckExpression {
        public int precedence() {
            return PRIMARY;
        }

        public String sql() {
            return "array[" + values.stream().map(CheckExpression::sql).collect(Collectors.joining(", ")) + "]";
        }
    }

    record In(CheckExpression subject, List<CheckExpression> values, boolean negated) implements CheckExpression {
        public int precedence() {
            return COMPARISON;
        }

        /** The values sorted: a list's order means nothing, and Hibernate's follows the order it bound classes. */
        public String sql() {
            return parenthesised(subject, COMPARISON + 1) + (negated ? " not in (" : " in (")
                    + values.stream().map(CheckExpression::sql).sorted().collect(Collectors.joining(", ")) + ")";
        }
    }

    record IsNull(CheckExpression subject, boolean negated) implements CheckExpression {
        public int precedence() {
            return COMPARISON;
        }

        public String sql() {
            return parenthesised(subject, COMPARISON + 1) + (negated ? " is not null" : " is null");
        }
    }
}
