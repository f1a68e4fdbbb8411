package org.casus.record.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The words of a sentence with their part of speech and lemma, from Apache OpenNLP and its English Universal
 * Dependencies models (EWT treebank, Apache-2.0, on Maven Central). The models are read once, on first use,
 * so that only a command that imports a text pays for them (about 0.3 s). An instance is for one thread:
 * OpenNLP's taggers keep state between calls.
 */
final class Grammar {
    /** A word: its offsets in the text, its Universal Dependencies part of speech and its lemma. */
    record Word(int start, int end, String text, String tag, String lemma) {
        boolean is(String partOfSpeech) {
            return tag.equals(partOfSpeech);
        }
    }

    private final TokenizerME tokenizer = new TokenizerME(Models.TOKENS);
    private final POSTaggerME tagger = new POSTaggerME(Models.TAGS);
    private final LemmatizerME lemmatizer = new LemmatizerME(Models.LEMMAS);

    /** The words of {@code text} between {@code from} and {@code to}, with offsets in {@code text}. */
    List<Word> words(String text, int from, int to) {
        String piece = text.substring(from, to);
        Span[] spans = tokenizer.tokenizePos(piece);
        String[] tokens = Span.spansToStrings(spans, piece);
        String[] tags = tagger.tag(tokens);
        for (int i = 1; i < tokens.length; i++) {
            if (tags[i].equals("ADJ") && tokens[i].endsWith("ed") && (tags[i - 1].equals("PROPN") || afterAside(tokens, tags, i))) {
                tags[i] = "VERB"; // Andriy Yermak (, for his part,) expressed confidence: a past form after a name is its verb
            }
        }
        String[] lemmas = lemmatizer.lemmatize(tokens, tags);
        List<Word> words = new ArrayList<>(tokens.length);
        for (int i = 0; i < tokens.length; i++) {
            words.add(new Word(from + spans[i].getStart(), from + spans[i].getEnd(), tokens[i], tags[i],
                    lemmas[i].toLowerCase(Locale.ROOT)));
        }
        return words;
    }

    /** Whether word {@code i} follows a short phrase set off by commas after a name or noun: {@code Petkov, in turn,}. */
    private static boolean afterAside(String[] tokens, String[] tags, int i) {
        if (!tokens[i - 1].equals(",")) {
            return false;
        }
        for (int j = i - 2; j >= Math.max(1, i - 6); j--) {
            if (tokens[j].equals(",")) {
                return tags[j - 1].equals("PROPN") || tags[j - 1].equals("NOUN");
            }
        }
        return false;
    }

    /** The models, loaded when first needed; they are immutable and shared by every thread. */
    private static final class Models {
        static final TokenizerModel TOKENS = load("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
        static final POSModel TAGS = load("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin", POSModel::new);
        static final LemmatizerModel LEMMAS = load("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin", LemmatizerModel::new);

        interface Reader<T> {
            T read(InputStream in) throws IOException;
        }

        private static <T> T load(String resource, Reader<T> reader) {
            try (InputStream in = Grammar.class.getResourceAsStream("/" + resource)) {
                if (in == null) {
                    throw new IllegalStateException("the OpenNLP model " + resource + " is not on the class path");
                }
                return reader.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the OpenNLP model " + resource, e);
            }
        }
    }
}
