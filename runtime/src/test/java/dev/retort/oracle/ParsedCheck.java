package dev.retort.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A check's expression in one canonical spelling, so that two expressions compare equal exactly
 * when they parse to the same tree: every redundant parenthesis dropped, each needed one kept (the
 * canonical form brackets every operation), {@code AND}, {@code OR} and {@code IN} lists in sorted
 * order, words folded to lower case outside quotes. A tiny parser of the test's own, so that the
 * judge shares nothing with Retort's {@code CheckCanonical}. Text it cannot parse is kept as it
 * is, with its blanks collapsed.
 */
public final class ParsedCheck {

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "!=", "<", ">", "<=", ">=", "like", "ilike");

    private final List<String> tokens;
    private int at;

    private ParsedCheck(List<String> tokens) {
        this.tokens = tokens;
    }

    public static String canonical(String text) {
        try {
            ParsedCheck parser = new ParsedCheck(tokens(text));
            String tree = parser.expression(0);
            if (parser.at != parser.tokens.size()) {
                throw new IllegalArgumentException("left over: " + parser.peek());
            }
            return tree;
        } catch (IllegalArgumentException | IndexOutOfBoundsException unparsed) {
            return "unparsed: " + text.trim().replaceAll("\\s+", " ");
        }
    }

    /** Binding strength of a binary operator, or 0 when the token is none. */
    private static int precedence(String token) {
        return switch (token) {
            case "or" -> 1;
            case "and" -> 2;
            case "is", "in", "between", "not" -> 4;
            case "||" -> 5;
            case "+", "-" -> 6;
            case "*", "/", "%" -> 7;
            default -> COMPARISONS.contains(token) ? 4 : 0;
        };
    }

    private String expression(int minimum) {
        String left = prefix();
        while (at < tokens.size() && precedence(peek()) > 0 && precedence(peek()) >= minimum) {
            String operator = next();
            int strength = precedence(operator);
            boolean negated = false;
            if (operator.equals("not")) { // x NOT IN (...), x NOT LIKE y, x NOT BETWEEN a AND b
                negated = true;
                operator = next();
            }
            String combined = switch (operator) {
                case "is" -> {
                    boolean not = accept("not");
                    yield "(" + left + " is " + (not ? "not " : "") + next() + ")";
                }
                case "in" -> "(" + left + " in " + list(true) + ")";
                case "between" -> {
                    String low = expression(5);
                    expect("and");
                    yield "(" + left + " between " + low + " and " + expression(5) + ")";
                }
                case "and", "or" -> flatten(operator, left, expression(strength + 1));
                default -> "(" + left + " " + operator + " " + expression(strength + 1) + ")";
            };
            left = negated ? "(not " + combined + ")" : combined;
        }
        return left;
    }

    /** {@code a AND (b AND c)} is {@code a AND b AND c}, in any order. */
    private static String flatten(String operator, String left, String right) {
        List<String> operands = new ArrayList<>();
        for (String side : List.of(left, right)) {
            String opening = "(" + operator + ": ";
            if (side.startsWith(opening)) {
                operands.addAll(split(side.substring(opening.length(), side.length() - 1)));
            } else {
                operands.add(side);
            }
        }
        operands.sort(null);
        return "(" + operator + ": " + String.join(" ; ", operands) + ")";
    }

    /** The operands of a flattened operation, split at its own separators only. */
    private static List<String> split(String inner) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (depth == 0 && inner.startsWith(" ; ", i)) {
                parts.add(inner.substring(start, i));
                start = i + 3;
                i += 2;
            }
        }
        parts.add(inner.substring(start));
        return parts;
    }

    private String prefix() {
        String token = next();
        String value;
        if (token.equals("(")) {
            value = expression(0);
            expect(")");
        } else if (token.equals("not")) {
            value = "(not " + expression(3) + ")";
        } else if (token.equals("-") || token.equals("+")) {
            value = "(" + token + expression(8) + ")";
        } else if (token.equals("cast") && at < tokens.size() && peek().equals("(")) { // H2's CAST(x AS t) is x::t
            next();
            String cast = expression(0);
            expect("as");
            value = "(" + cast + "::" + type() + ")";
            expect(")");
        } else if (at < tokens.size() && peek().equals("(")) {
            value = token + list(false);
        } else if (at < tokens.size() && peek().equals("[")) { // PostgreSQL's IN: = ANY (ARRAY[...])
            next();
            value = token + "[" + String.join(", ", items("]", true)) + "]";
        } else if (precedence(token) > 0 || token.equals(")") || token.equals(",")) {
            throw new IllegalArgumentException("unexpected " + token);
        } else {
            value = token;
        }
        while (at < tokens.size() && peek().equals("::")) {
            next();
            value = "(" + value + "::" + type() + ")";
        }
        return value;
    }

    /** A cast's type: words (character varying), a size, and array brackets. */
    private String type() {
        StringBuilder type = new StringBuilder(next());
        while (at < tokens.size() && Character.isLetter(peek().charAt(0)) && precedence(peek()) == 0) {
            type.append(' ').append(next());
        }
        if (at < tokens.size() && peek().equals("(")) {
            type.append(list(false));
        }
        while (at + 1 < tokens.size() && peek().equals("[") && tokens.get(at + 1).equals("]")) {
            at += 2;
            type.append("[]");
        }
        return type.toString();
    }

    /** A parenthesised, comma-separated list: a function's arguments, or an IN list's values (sorted). */
    private String list(boolean sorted) {
        expect("(");
        return "(" + String.join(", ", items(")", sorted)) + ")";
    }

    private List<String> items(String closing, boolean sorted) {
        List<String> items = new ArrayList<>();
        if (!accept(closing)) {
            do {
                items.add(expression(0));
            } while (accept(","));
            expect(closing);
        }
        if (sorted) {
            items.sort(null);
        }
        return items;
    }

    private String peek() {
        return tokens.get(at);
    }

    private String next() {
        return tokens.get(at++);
    }

    private boolean accept(String token) {
        if (at < tokens.size() && peek().equals(token)) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw new IllegalArgumentException("expected " + token);
        }
    }

    /** Words (lower case unless quoted), quoted strings, numbers and operators. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"' || c == '`') {
                int end = i + 1;
                while (true) {
                    if (text.charAt(end) == c) {
                        if (end + 1 < text.length() && text.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                String quoted = text.substring(i, end + 1);
                // An identifier's quotes say only how it was written: "status" and status are one column.
                tokens.add(c == '\'' ? quoted : quoted.substring(1, quoted.length() - 1).toLowerCase(Locale.ROOT));
                i = end + 1;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '$') {
                int end = i;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || "_.$".indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                tokens.add(text.substring(i, end).toLowerCase(Locale.ROOT));
                i = end;
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                if (List.of("<=", ">=", "<>", "!=", "||", "::").contains(two)) {
                    tokens.add(two);
                    i += 2;
                } else {
                    tokens.add(String.valueOf(c));
                    i++;
                }
            }
        }
        return tokens;
    }
}
