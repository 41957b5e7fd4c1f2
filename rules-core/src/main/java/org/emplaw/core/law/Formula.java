package org.emplaw.core.law;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A derived parameter's formula: arithmetic over other parameters ({@code + - * /}, parentheses,
 * {@code min(a, b)}, {@code max(a, b)} and decimal literals). It is parsed once when the table is
 * loaded; it can name only parameters, never code. Division keeps 34 significant digits; nothing is
 * rounded here.
 */
public final class Formula {
    private final String text;
    private final Node root;
    private final Set<String> inputs = new LinkedHashSet<>();

    private Formula(String text) {
        this.text = text;
        Parser p = new Parser(text);
        this.root = p.expression();
        p.expectEnd();
        collect(root);
    }

    public static Formula parse(String text) {
        return new Formula(text);
    }

    public String text() {
        return text;
    }

    /** The parameter names the formula reads, in order of first appearance. */
    public Set<String> inputs() {
        return inputs;
    }

    public BigDecimal evaluate(Function<String, BigDecimal> lookup) {
        return root.eval(lookup);
    }

    private void collect(Node n) {
        if (n instanceof Ref r) {
            inputs.add(r.name);
        } else if (n instanceof Op o) {
            collect(o.left);
            collect(o.right);
        }
    }

    private interface Node {
        BigDecimal eval(Function<String, BigDecimal> lookup);
    }

    private record Num(BigDecimal v) implements Node {
        public BigDecimal eval(Function<String, BigDecimal> l) {
            return v;
        }
    }

    private record Ref(String name) implements Node {
        public BigDecimal eval(Function<String, BigDecimal> l) {
            return l.apply(name);
        }
    }

    private record Op(String op, Node left, Node right) implements Node {
        public BigDecimal eval(Function<String, BigDecimal> l) {
            BigDecimal a = left.eval(l);
            BigDecimal b = right.eval(l);
            return switch (op) {
                case "+" -> a.add(b);
                case "-" -> a.subtract(b);
                case "*" -> a.multiply(b);
                case "/" -> a.divide(b, MathContext.DECIMAL128);
                case "min" -> a.min(b);
                case "max" -> a.max(b);
                default -> throw new IllegalStateException(op);
            };
        }
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Node expression() {
            Node n = term();
            for (;;) {
                skip();
                if (peek('+') || peek('-')) {
                    String op = String.valueOf(s.charAt(i++));
                    n = new Op(op, n, term());
                } else {
                    return n;
                }
            }
        }

        Node term() {
            Node n = factor();
            for (;;) {
                skip();
                if (peek('*') || peek('/')) {
                    String op = String.valueOf(s.charAt(i++));
                    n = new Op(op, n, factor());
                } else {
                    return n;
                }
            }
        }

        Node factor() {
            skip();
            if (peek('(')) {
                i++;
                Node n = expression();
                expect(')');
                return n;
            }
            int start = i;
            if (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
                return new Num(new BigDecimal(s.substring(start, i)));
            }
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            if (start == i) {
                throw error("expected a number, a parameter name or '('");
            }
            String name = s.substring(start, i);
            skip();
            if ((name.equals("min") || name.equals("max")) && peek('(')) {
                i++;
                Node a = expression();
                expect(',');
                Node b = expression();
                expect(')');
                return new Op(name, a, b);
            }
            return new Ref(name);
        }

        void expect(char c) {
            skip();
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            i++;
        }

        void expectEnd() {
            skip();
            if (i != s.length()) {
                throw error("unexpected text");
            }
        }

        boolean peek(char c) {
            return i < s.length() && s.charAt(i) == c;
        }

        void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        IllegalArgumentException error(String msg) {
            return new IllegalArgumentException("formula '" + s + "' at position " + i + ": " + msg);
        }
    }

    /** Helper for reports: the formula's input names as a list. */
    public List<String> inputList() {
        return new ArrayList<>(inputs);
    }
}
