package org.casus.record.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.casus.model.ActorRegistry;

/**
 * Reads news-style text for {@code casus record import}: finds every quotation and every sentence of
 * reported speech, attributes each to a person or actor of the registry where the text says who spoke, and
 * proposes clause claims from keywords. All of
 * it is a proposal for an analyst to confirm. Method, cues and measured accuracy: {@code docs/import.md}.
 */
public final class TextImporter {
    private final QuotationFinder quotations = new QuotationFinder();
    private final SpeakerResolver speakers;
    private final ClauseKeywords keywords;
    private final LocalDate date;

    /** An importer for texts of unknown date: titles resolve to whoever holds the office now. */
    public TextImporter(ActorRegistry actors) {
        this(actors, null);
    }

    /**
     * An importer for texts of the given date ({@code --date}): a title such as {@code the Ukrainian
     * foreign minister} resolves to whoever held the office on that day.
     */
    public TextImporter(ActorRegistry actors, LocalDate date) {
        this(actors, date, null);
    }

    /**
     * An importer for a text an actor published itself ({@code author}: a readout or statement of a
     * government), where what is reported without a speaker ({@code It was agreed to continue contacts},
     * {@code The two agreed...}) is the author's own account.
     */
    public TextImporter(ActorRegistry actors, LocalDate date, String author) {
        this(actors, date, author, null);
    }

    /**
     * An importer whose claims are on an arrangement: a claimed agreement on the guarantee as such ({@code
     * credible guarantees are on the table}) takes {@code guaranteeRule} as its value on {@code decision.rule},
     * how that arrangement activates ({@code individual}), or none when null.
     */
    public TextImporter(ActorRegistry actors, LocalDate date, String author, String guaranteeRule) {
        Objects.requireNonNull(actors, "actors");
        if (author != null && actors.find(author).isEmpty()) {
            throw new IllegalArgumentException("unknown actor '" + author + "'");
        }
        Names names = new Names(actors);
        this.speakers = new SpeakerResolver(names, new Titles(actors, date), author);
        this.keywords = new ClauseKeywords(names, guaranteeRule);
        this.date = date;
    }

    /**
     * Every quotation in text and every reported statement, in text order, each attributed when possible
     * (reported speech only when its speaker is known). A quoted fragment inside reported speech ({@code
     * foreign troops would be “a legitimate target”}) is part of that statement, not one of its own, unless the
     * reported words are the quotation alone; reported words that cut into a quotation give way to it, so that
     * statements never overlap. Pure: same text, same result.
     */
    public List<ProposedStatement> read(String text) {
        Objects.requireNonNull(text, "text");
        TextLayout layout = new TextLayout(text, quotations.find(text));
        SpeakerResolver.Reading reading = speakers.read(layout);
        List<SpeakerResolver.Report> reports = reading.reports().stream()
                .filter(r -> !onlyQuoted(layout, r.words()))
                .filter(r -> layout.quotes().stream().noneMatch(q -> overlaps(r.words(), q) && !holds(r.words(), q)))
                .toList();
        List<ProposedStatement> statements = new ArrayList<>();
        for (int i = 0; i < layout.quotes().size(); i++) {
            Quotation q = layout.quotes().get(i);
            if (reports.stream().anyMatch(r -> holds(r.words(), q))) {
                continue;
            }
            Attribution a = reading.quotations().get(i);
            boolean known = a != null && a.speaker().known();
            int end = withoutTrailingComma(text, q.start(), q.end());
            String quote = text.substring(q.start(), end);
            Span sentence = layout.sentenceOf(q.open());
            statements.add(new ProposedStatement(quote, q.start(), end, true,
                    text.substring(sentence.start(), sentence.end()).strip(), dateOutside(text, sentence, q.open(), q.after()),
                    known ? a.speaker().person() : null, known ? a.speaker().actor() : null, known ? a.cue() : null,
                    keywords.claims(q.isFragment(text) ? sentence(layout, q) : quote, known ? a.speaker().actor() : null,
                            null, null)));
        }
        for (SpeakerResolver.Report r : reports) {
            String words = text.substring(r.words().start(), r.words().end());
            Speaker speaker = r.attribution().speaker();
            statements.add(new ProposedStatement(words, r.words().start(), r.words().end(), false,
                    text.substring(r.sentence().start(), r.sentence().end()).strip(),
                    dateOutside(text, r.sentence(), r.words().start(), r.words().end()), speaker.person(),
                    speaker.actor(), r.attribution().cue(), keywords.claims(words, speaker.actor(), r.subject(), r.verb())));
        }
        statements.sort(Comparator.comparingInt(ProposedStatement::start));
        return List.copyOf(statements);
    }

    /**
     * The end of a quotation less the comma that closes it before the attribution ({@code “We will not be
     * rushed,” he said}): the comma is the reporter's punctuation, not the speaker's words.
     */
    private static int withoutTrailingComma(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > start && text.charAt(e - 1) == ',' ? e - 1 : end;
    }

    /**
     * Whether reported words hold a quotation and nothing else ({@code According to Sybiha, “the guarantees
     * have to be binding.”}): the quotation is then the statement.
     */
    private static boolean onlyQuoted(TextLayout layout, Span words) {
        boolean quotes = layout.quotes().stream().anyMatch(q -> holds(words, q));
        return quotes && !ReportingCues.hasLetter(layout.masked(), words.start(), words.end());
    }

    /** Whether reported words hold the quoted words of {@code q}. */
    private static boolean holds(Span words, Quotation q) {
        return words.start() <= q.start() && q.end() <= words.end();
    }

    private static boolean overlaps(Span words, Quotation q) {
        return words.start() < q.end() && q.start() < words.end();
    }

    /** The day the sentence names outside the statement's own words ({@link StatementDates}), or null. */
    private LocalDate dateOutside(String text, Span sentence, int from, int to) {
        int end = Math.max(sentence.end(), to);
        String around = text.substring(sentence.start(), Math.max(sentence.start(), Math.min(from, end))) + " "
                + text.substring(Math.min(Math.max(to, sentence.start()), end), end);
        return StatementDates.of(around, date);
    }

    /** The sentence around a quotation, other quotations in it blanked out. */
    private static String sentence(TextLayout layout, Quotation q) {
        Span sentence = layout.sentenceOf(q.open());
        StringBuilder words = new StringBuilder(
                layout.masked().substring(sentence.start(), Math.max(sentence.end(), q.after())));
        words.replace(q.start() - sentence.start(), q.end() - sentence.start(),
                layout.text().substring(q.start(), q.end()));
        return words.toString();
    }
}
