package org.casus.record.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the top-level quotations of a text: straight {@code "..."}, typographic {@code “...”} (and
 * {@code „...“}), guillemets {@code «...»} and {@code ‹...›}. Quotations inside quotations belong to the
 * outer one. A straight mark after white space opens a quotation ({@code "organise a "leak" of..."} nests);
 * it closes one only after a word or punctuation. A closing mark closes the nearest open mark of its kind and
 * abandons any unclosed marks opened after it; a closing mark with nothing to close is ignored; a mark still
 * open at the end of a
 * paragraph is dropped, and the quotations inside it surface, unless the next paragraph opens with the
 * same mark, in which case the quotation runs on to the end of its paragraph. Linear in the text length.
 */
final class QuotationFinder {
    private static final String OPENERS = "“„«‹\"";

    /** An opening mark, the node of the mark it sits inside, and where it closed (or -1). */
    private static final class Node {
        final int open;
        final char mark;
        final Node parent;
        int close = -1;
        boolean runsOn;
        boolean insideClosed;

        Node(int open, char mark, Node parent) {
            this.open = open;
            this.mark = mark;
            this.parent = parent;
        }
    }

    List<Quotation> find(String text) {
        List<Span> paragraphs = Paragraphs.of(text);
        List<Quotation> found = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            Span paragraph = paragraphs.get(p);
            char next = p + 1 < paragraphs.size() ? text.charAt(paragraphs.get(p + 1).start()) : 0;
            scan(text, paragraph, next, found);
        }
        return List.copyOf(found);
    }

    private static void scan(String text, Span paragraph, char nextParagraphStart, List<Quotation> found) {
        List<Node> nodes = new ArrayList<>();
        List<Node> stack = new ArrayList<>();
        int[] openCount = new int[OPENERS.length()];
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            boolean afterSpace = i == paragraph.start() || Character.isWhitespace(text.charAt(i - 1));
            if (canClose(c, openCount) && !(c == '"' && afterSpace)) {
                int k = stack.size() - 1;
                while (!closes(stack.get(k).mark, c)) {
                    k--;
                }
                stack.get(k).close = i;
                while (stack.size() > k) {
                    openCount[OPENERS.indexOf(stack.removeLast().mark)]--;
                }
            } else if (OPENERS.indexOf(c) >= 0) {
                Node node = new Node(i, c, stack.isEmpty() ? null : stack.getLast());
                nodes.add(node);
                stack.add(node);
                openCount[OPENERS.indexOf(c)]++;
            }
        }
        if (!stack.isEmpty() && stack.getFirst().mark == nextParagraphStart) {
            Node outer = stack.getFirst();
            outer.close = paragraph.end();
            outer.runsOn = true;
        }
        for (Node node : nodes) {
            node.insideClosed = node.parent != null && (node.parent.close >= 0 || node.parent.insideClosed);
            if (node.close >= 0 && !node.insideClosed && !text.substring(node.open + 1, node.close).isBlank()) {
                found.add(new Quotation(node.open, node.open + 1, node.close, node.runsOn));
            }
        }
    }

    /** Whether {@code c} closes a mark that is open now. */
    private static boolean canClose(char c, int[] openCount) {
        return switch (c) {
            case '”' -> openCount[0] + openCount[1] > 0;
            case '“' -> openCount[1] > 0;
            case '»' -> openCount[2] > 0;
            case '›' -> openCount[3] > 0;
            case '"' -> openCount[4] > 0;
            default -> false;
        };
    }

    private static boolean closes(char open, char c) {
        return switch (open) {
            case '“' -> c == '”';
            case '„' -> c == '“' || c == '”';
            case '«' -> c == '»';
            case '‹' -> c == '›';
            default -> c == '"';
        };
    }
}
