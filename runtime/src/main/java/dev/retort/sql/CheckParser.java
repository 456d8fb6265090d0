package dev.retort.sql;

import dev.retort.sql.CheckExpression.Array;
import dev.retort.sql.CheckExpression.Binary;
import dev.retort.sql.CheckExpression.Call;
import dev.retort.sql.CheckExpression.In;
import dev.retort.sql.CheckExpression.IsNull;
import dev.retort.sql.CheckExpression.Junction;
import dev.retort.sql.CheckExpression.Literal;
import dev.retort.sql.CheckExpression.Name;
import dev.retort.sql.CheckExpression.Number;
import dev.retort.sql.CheckExpression.Unary;
import dev.retort.sql.CheckTokens.Kind;
import dev.retort.sql.CheckTokens.Token;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a check expression as the three databases keep it, into one tree for all their spellings:
 * casts are dropped ({@code (0)::numeric}, {@code CAST(x AS t)}, {@code '-1'::integer} as the number),
 * {@code x BETWEEN a AND b} is PostgreSQL's {@code x >= a AND x <= b}, {@code = ANY (ARRAY[...])} and
 * {@code <> ALL (ARRAY[...])} are the {@code IN} and {@code NOT IN} they came from, {@code ~~} is
 * {@code LIKE} and {@code !=} is {@code <>}. Empty for SQL outside this grammar.
 */
final class CheckParser {

    private static final Map<String, String> COMPARISONS = Map.of("=", "=", "<>", "<>", "!=", "<>", "<", "<",
            "<=", "<=", ">", ">", ">=", ">=", "~~", "like", "!~~", "not like");
    /** Words that continue a type's name after its first: {@code character varying}, {@code timestamp with time zone}. */
    private static final Set<String> TYPE_WORDS = Set.of("varying", "precision", "with", "without", "time", "zone");
    private static final Set<String> NUMERIC_TYPES = Set.of("integer", "int", "int2", "int4", "int8", "smallint",
            "bigint", "tinyint", "numeric", "decimal", "real", "double", "float", "float4", "float8");
    private static final Set<String> CONSTANTS = Set.of("null", "true", "false");

    private final List<Token> tokens;
    private int next;

    private CheckParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    static Optional<CheckExpression> parse(String expression) {
        return CheckTokens.of(expression).flatMap(tokens -> {
            CheckParser parser = new CheckParser(tokens);
            try {
                CheckExpression parsed = parser.or();
                return parser.next == tokens.size() ? Optional.of(parsed) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    private CheckExpression or() {
        CheckExpression left = and();
        while (accept("or")) {
            left = junction("or", CheckExpression.OR, left, and());
        }
        return left;
    }

    private CheckExpression and() {
        CheckExpression left = not();
        while (accept("and")) {
            left = junction("and", CheckExpression.AND, left, not());
        }
        return left;
    }

    private CheckExpression not() {
        return accept("not") ? new Unary("not", not()) : comparison();
    }

    private CheckExpression comparison() {
        CheckExpression left = concatenation();
        if (accept("is")) {
            boolean negated = accept("not");
            expect("null");
            return new IsNull(left, negated);
        }
        boolean negated = accept("not");
        if (accept("in")) {
            expect("(");
            List<CheckExpression> values = list(")");
            return new In(left, values, negated);
        }
        if (accept("between")) {
            CheckExpression low = concatenation();
            expect("and");
            CheckExpression high = concatenation();
            return negated
                    ? junction("or", CheckExpression.OR, compare("<", left, low), compare(">", left, high))
                    : junction("and", CheckExpression.AND, compare(">=", left, low), compare("<=", left, high));
        }
        if (accept("like")) {
            return compare(negated ? "not like" : "like", left, concatenation());
        }
        if (negated) {
            throw new IllegalArgumentException("not here");
        }
        Token token = peek();
        if (token != null && token.kind() == Kind.SYMBOL && COMPARISONS.containsKey(token.text())) {
            next++;
            String operator = COMPARISONS.get(token.text());
            if (operator.equals("=") && accept("any") || operator.equals("<>") && accept("all")) {
                expect("(");
                CheckExpression array = or();
                expect(")");
                if (!(array instanceof Array values)) {
                    throw new IllegalArgumentException("not an array");
                }
                return new In(left, values.values(), operator.equals("<>"));
            }
            return compare(operator, left, concatenation());
        }
        return left;
    }

    private CheckExpression concatenation() {
        CheckExpression left = addition();
        while (accept("||")) {
            left = new Binary("||", left, addition(), CheckExpression.CONCATENATION);
        }
        return left;
    }

    private CheckExpression addition() {
        CheckExpression left = multiplication();
        while (peekIs("+") || peekIs("-")) {
            String operator = tokens.get(next++).text();
            left = new Binary(operator, left, multiplication(), CheckExpression.ADDITION);
        }
        return left;
    }

    private CheckExpression multiplication() {
        CheckExpression left = unary();
        while (peekIs("*") || peekIs("/") || peekIs("%")) {
            String operator = tokens.get(next++).text();
            left = new Binary(operator, left, unary(), CheckExpression.MULTIPLICATION);
        }
        return left;
    }

    private CheckExpression unary() {
        if (accept("-")) {
            CheckExpression operand = unary();
            return operand instanceof Number number ? new Number(number.value().negate()) : new Unary("-", operand);
        }
        return postfix();
    }

    /** {@code x::type}, as PostgreSQL writes every cast. */
    private CheckExpression postfix() {
        CheckExpression value = primary();
        while (accept("::")) {
            value = cast(value, type());
        }
        return value;
    }

    private CheckExpression primary() {
        Token token = take();
        switch (token.kind()) {
            case NUMBER:
                return new Number(new BigDecimal(token.text()));
            case STRING:
                return new Literal(token.text());
            case NAME:
                return named(token);
            default:
                if (token.is("(")) {
                    CheckExpression inner = or();
                    expect(")");
                    return inner;
                }
                throw new IllegalArgumentException("unexpected " + token.text());
        }
    }

    private CheckExpression named(Token token) {
        if (!token.quoted()) {
            if (CONSTANTS.contains(token.text())) {
                return new Literal(token.text());
            }
            if (token.text().equals("cast") && accept("(")) {
                CheckExpression value = or();
                expect("as");
                String type = type();
                expect(")");
                return cast(value, type);
            }
            if (token.text().equals("array") && accept("[")) {
                return new Array(list("]"));
            }
        }
        if (accept("(")) {
            return new Call(token.text(), list(")"));
        }
        return new Name(token.text());
    }

    /** The value without its cast; a string of digits cast to a number is that number. */
    private static CheckExpression cast(CheckExpression value, String type) {
        if (value instanceof Literal literal && literal.text().startsWith("'") && NUMERIC_TYPES.contains(type)) {
            try {
                return new Number(new BigDecimal(literal.text().substring(1, literal.text().length() - 1)));
            } catch (NumberFormatException e) {
                return value;
            }
        }
        return value;
    }

    /** A type's name, its first word (what tells a numeric type); sizes and {@code []} are read and dropped. */
    private String type() {
        Token first = take();
        if (first.kind() != Kind.NAME) {
            throw new IllegalArgumentException("no type");
        }
        while (peek() != null && peek().kind() == Kind.NAME && TYPE_WORDS.contains(peek().text())) {
            next++;
        }
        if (accept("(")) {
            while (!accept(")")) {
                take();
            }
        }
        while (accept("[")) {
            expect("]");
        }
        return first.text();
    }

    private List<CheckExpression> list(String close) {
        List<CheckExpression> values = new ArrayList<>();
        if (accept(close)) {
            return values;
        }
        do {
            values.add(or());
        } while (accept(","));
        expect(close);
        return values;
    }

    private static CheckExpression compare(String operator, CheckExpression left, CheckExpression right) {
        return new Binary(operator, left, right, CheckExpression.COMPARISON);
    }

    private static CheckExpression junction(String operator, int precedence, CheckExpression left,
                                            CheckExpression right) {
        List<CheckExpression> operands = new ArrayList<>();
        for (CheckExpression operand : List.of(left, right)) {
            if (operand instanceof Junction j && j.operator().equals(operator)) {
                operands.addAll(j.operands());
            } else {
                operands.add(operand);
            }
        }
        return new Junction(operator, List.copyOf(operands), precedence);
    }

    private Token peek() {
        return next < tokens.size() ? tokens.get(next) : null;
    }

    private boolean peekIs(String text) {
        return peek() != null && peek().is(text);
    }

    private boolean accept(String text) {
        if (peekIs(text)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String text) {
        if (!accept(text)) {
            throw new IllegalArgumentException("expected " + text);
        }
    }

    private Token take() {
        if (next >= tokens.size()) {
            throw new IllegalArgumentException("unexpected end");
        }
        return tokens.get(next++);
    }
}
