package org.conflictsim.experiment.discover;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.conflictsim.experiment.Outcome;

/**
 * A condition on the outcomes of one run, such as {@code capture_day.bukavu < 90},
 * {@code final_share.M23 > 0.2 and civilian_deaths >= 1000} or {@code captured_by.goma == M23}.
 * <ul>
 * <li>Comparisons: {@code < <= > >= == !=} between an outcome column and a number, or between a text column
 * ({@code captured_by.*}) and a word; combined with {@code and}, {@code or}, {@code not} and parentheses
 * ({@code && || !} also work).</li>
 * <li>A place never captured has no capture day; {@code capture_day.*} then counts as later than any day (so
 * {@code capture_day.goma < 90} is false and {@code capture_day.goma > 90} true). Any other missing number
 * makes its comparison false.</li>
 * </ul>
 */
public final class OutcomeExpression {
    /** Values of one run's columns. */
    public interface Run {
        /** The numeric outcome, NaN when the run has none. */
        double number(String column);

        /** The text outcome, "" when the run has none. */
        String text(String column);
    }

    private sealed interface Node permits Compare, And, Or, Not {
    }

    private record Compare(String column, String op, double number, String word) implements Node {
    }

    private record And(Node a, Node b) implements Node {
    }

    private record Or(Node a, Node b) implements Node {
    }

    private record Not(Node a) implements Node {
    }

    private final String text;
    private final Node root;
    private final Set<String> numberColumns = new LinkedHashSet<>();
    private final Set<String> textColumns = new LinkedHashSet<>();

    private OutcomeExpression(String text, Node root) {
        this.text = text;
        this.root = root;
        collect(root);
    }

    /**
     * Parses an expression.
     *
     * @throws IllegalArgumentException with a message that points at the problem
     */
    public static OutcomeExpression parse(String text) {
        Parser p = new Parser(text);
        Node n = p.or();
        if (p.pos < p.tokens.size()) {
            throw p.error("unexpected '" + p.tokens.get(p.pos) + "'");
        }
        return new OutcomeExpression(text.trim(), n);
    }

    /** The expression as written. */
    public String text() {
        return text;
    }

    /** Numeric outcome columns it reads. */
    public Set<String> numberColumns() {
        return numberColumns;
    }

    /** Text outcome columns it reads (compared with a word). */
    public Set<String> textColumns() {
        return textColumns;
    }

    /** Whether the run meets the condition. */
    public boolean test(Run run) {
        return eval(root, run);
    }

    private void collect(Node n) {
        if (n instanceof Compare c) {
            (c.word() == null ? numberColumns : textColumns).add(c.column());
        } else if (n instanceof And a) {
            collect(a.a());
            collect(a.b());
        } else if (n instanceof Or o) {
            collect(o.a());
            collect(o.b());
        } else if (n instanceof Not t) {
            collect(t.a());
        }
    }

    private static boolean eval(Node n, Run run) {
        if (n instanceof And a) {
            return eval(a.a(), run) && eval(a.b(), run);
        }
        if (n instanceof Or o) {
            return eval(o.a(), run) || eval(o.b(), run);
        }
        if (n instanceof Not t) {
            return !eval(t.a(), run);
        }
        Compare c = (Compare) n;
        if (c.word() != null) {
            boolean eq = run.text(c.column()).equals(c.word());
            return c.op().equals("==") == eq;
        }
        double v = run.number(c.column());
        if (Double.isNaN(v)) {
            if (!Outcome.CAPTURE_DAY.names(c.column())) {
                return false;
            }
            v = Double.POSITIVE_INFINITY;
        }
        return switch (c.op()) {
            case "<" -> v < c.number();
            case "<=" -> v <= c.number();
            case ">" -> v > c.number();
            case ">=" -> v >= c.number();
            case "==" -> v == c.number();
            case "!=" -> v != c.number();
            default -> throw new IllegalStateException(c.op());
        };
    }

    private static final class Parser {
        final String text;
        final List<String> tokens = new ArrayList<>();
        final List<Integer> at = new ArrayList<>();
        int pos;

        Parser(String text) {
            this.text = text;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                    continue;
                }
                int start = i;
                if ("()".indexOf(c) >= 0) {
                    i++;
                } else if ("<>=!&|".indexOf(c) >= 0) {
                    i++;
                    if (i < text.length() && "=&|".indexOf(text.charAt(i)) >= 0) {
                        i++;
                    }
                } else if (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '+' || c == '_') {
                    i++;
                    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || "._-:+[]*".indexOf(text.charAt(i)) >= 0)) {
                        i++;
                    }
                } else {
                    at.add(start);
                    tokens.add(String.valueOf(c));
                    pos = tokens.size() - 1;
                    throw error("unexpected character '" + c + "'");
                }
                tokens.add(text.substring(start, i));
                at.add(start);
            }
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException("the outcome expression is empty; write e.g. 'capture_day.goma < 60'");
            }
        }

        IllegalArgumentException error(String message) {
            int col = pos < at.size() ? at.get(pos) : text.length();
            return new IllegalArgumentException("in '" + text + "' at character " + (col + 1) + ": " + message
                    + " (write e.g. 'capture_day.goma < 60 and final_share.M23 > 0.2')");
        }

        String peek() {
            return pos < tokens.size() ? tokens.get(pos) : null;
        }

        boolean accept(String... words) {
            String t = peek();
            if (t == null) {
                return false;
            }
            for (String w : words) {
                if (t.toLowerCase(Locale.ROOT).equals(w)) {
                    pos++;
                    return true;
                }
            }
            return false;
        }

        Node or() {
            Node n = and();
            while (accept("or", "||")) {
                n = new Or(n, and());
            }
            return n;
        }

        Node and() {
            Node n = unary();
            while (accept("and", "&&")) {
                n = new And(n, unary());
            }
            return n;
        }

        Node unary() {
            if (accept("not", "!")) {
                return new Not(unary());
            }
            if (accept("(")) {
                Node n = or();
                if (!accept(")")) {
                    throw error("expected ')'");
                }
                return n;
            }
            return compare();
        }

        Node compare() {
            String col = peek();
            if (col == null) {
                throw error("expected an outcome column, e.g. capture_day.goma");
            }
            if (!Character.isLetter(col.charAt(0))) {
                throw error("expected an outcome column, got '" + col + "'");
            }
            pos++;
            String op = peek();
            if (op == null || !List.of("<", "<=", ">", ">=", "==", "!=", "=").contains(op)) {
                throw error("expected a comparison (<, <=, >, >=, ==, !=) after " + col);
            }
            pos++;
            op = op.equals("=") ? "==" : op;
            String value = peek();
            if (value == null || value.equals("(") || value.equals(")")) {
                throw error("expected a number or a word after " + col + " " + op);
            }
            pos++;
            try {
                double v = Double.parseDouble(value);
                if (!Double.isFinite(v)) {
                    throw new NumberFormatException();
                }
                return new Compare(col, op, v, null);
            } catch (NumberFormatException e) {
                if (!op.equals("==") && !op.equals("!=")) {
                    pos--;
                    throw error("'" + value + "' is not a number; words can only be compared with == or !=");
                }
                return new Compare(col, op, Double.NaN, value);
            }
        }
    }
}
