package org.casus.record.importer;

import java.util.regex.Pattern;

/**
 * A top-level quotation: its opening mark at {@code open}, its words from {@code start} to {@code end}.
 *
 * @param runsOn the quotation is left open at the end of its paragraph because the next paragraph opens
 *               with the same mark (the news convention for a quotation over several paragraphs)
 */
record Quotation(int open, int start, int end, boolean runsOn) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String CAPITALISED = "(?:\\p{Lu}(?:[\\p{L}'’&-]|\\.(?=\\p{L}))*|\\p{N}+)";
    private static final Pattern NAME = Pattern.compile(CAPITALISED + "(?:\\s+(?:(?:of|the|and|for|on|in|to)\\s+)*"
            + CAPITALISED + "){0,4}");

    /** The offset just past the quotation, its closing mark included. */
    int after() {
        return runsOn ? end : end + 1;
    }

    /**
     * Whether this quotes a few words or a clause rather than whole sentences ({@code Lavrov called foreign
     * troops “unacceptable”}): it starts in lower case or has fewer than six words.
     */
    boolean isFragment(String text) {
        String words = text.substring(start, end).strip();
        return words.isEmpty() || Character.isLowerCase(words.charAt(0)) || WORD.matcher(words).results().count() < 6;
    }

    /**
     * Whether this is a name in quotation marks inside the reporter's sentence ({@code the TV channel "Ukraine
     * 24"}, {@code the "Coalition of the Willing"}): a word before it, and at most five words, each capitalised
     * or a number (with {@code of}, {@code the}... between them), and no closing punctuation. Nobody said it.
     */
    boolean isName(String text) {
        int before = open;
        while (before > 0 && text.charAt(before - 1) == ' ') {
            before--;
        }
        return before > 0 && before < open && Character.isLetter(text.charAt(before - 1))
                && NAME.matcher(text.substring(start, end)).matches();
    }
}
