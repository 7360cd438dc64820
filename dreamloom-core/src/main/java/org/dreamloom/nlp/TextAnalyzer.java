package org.dreamloom.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Turns a report into a {@link Document}: OpenNLP's English UD models for sentences and (on demand) POS tags,
 * a UD-style {@link RuleTokenizer} for tokens (OpenNLP's maxent tokenizer cost a third of the pipeline), and
 * WordNet morphology for lemmas.
 *
 * <p>Models are loaded once per analyzer (use {@link #shared()}) and are thread-safe; OpenNLP's
 * {@code *ME} decoders are not, so each thread gets its own decoders over the shared models. An analyzer is
 * therefore safe to use from any number of threads.
 */
public final class TextAnalyzer {
    private static final String SENT = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final SentenceModel sentenceModel;
    private final POSModel posModel;
    private final Lemmatizer lemmatizer;
    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<POSTaggerME> taggers;

    private TextAnalyzer() {
        sentenceModel = load(SENT, SentenceModel::new);
        posModel = load(POS, POSModel::new);
        lemmatizer = Lemmatizer.load();
        sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.UD));
    }

    private static final class Holder {
        static final TextAnalyzer SHARED = new TextAnalyzer();
    }

    /** The process-wide analyzer; models load on first call (about a second). */
    public static TextAnalyzer shared() {
        return Holder.SHARED;
    }

    /** Splits {@code text} into sentences and tokens; POS tags and lemmas are computed when first asked for. */
    public Document analyze(String text) {
        String t = text == null ? "" : text;
        Span[] sents = sentences.get().sentPosDetect(t);
        List<int[]> toks = new ArrayList<>(t.length() / 4 + 1);
        int[] sentTok = new int[sents.length + 1];
        int[] sentCs = new int[sents.length];
        int[] sentCe = new int[sents.length];
        for (int s = 0; s < sents.length; s++) {
            sentTok[s] = toks.size();
            sentCs[s] = sents[s].getStart();
            sentCe[s] = sents[s].getEnd();
            int[] spans = RuleTokenizer.tokenize(t, sents[s].getStart(), sents[s].getEnd());
            for (int k = 0; k < spans.length; k += 2) {
                toks.add(new int[] {spans[k], spans[k + 1]});
            }
        }
        sentTok[sents.length] = toks.size();
        int[] starts = new int[toks.size()];
        int[] ends = new int[toks.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = toks.get(i)[0];
            ends[i] = toks.get(i)[1];
        }
        return new Document(t, starts, ends, sentTok, sentCs, sentCe, this);
    }

    /** UD POS tags for one sentence's tokens. */
    String[] tag(String[] sentenceTokens) {
        return taggers.get().tag(sentenceTokens);
    }

    /** The shared lemmatizer. */
    public Lemmatizer lemmatizer() {
        return lemmatizer;
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = TextAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource
                        + " is not on the classpath: add the opennlp-models-*-en:1.3.0 dependencies");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource, e);
        }
    }
}
