package org.dreamloom.coding.emotions;

import java.util.ArrayList;
import java.util.List;
import org.dreamloom.coding.Evidence;
import org.dreamloom.nlp.Document;

/**
 * The emotions of a dream sentence by sentence, for drawing how a dream feels as it unfolds: per sentence the
 * asserted emotion classes (anyone's) with their evidence and a valence in [-1, 1] — +1 all happiness, -1 all
 * anger, apprehension, sadness or confusion, 0 none or balanced.
 *
 * @param sentences one entry per sentence of the report, in order
 */
public record EmotionTrajectory(List<SentenceEmotions> sentences) {

    /** The emotions of one sentence. */
    public record SentenceEmotions(int sentence, int start, int end, List<String> emotions, List<Evidence> evidence,
                                   double valence) {
        public SentenceEmotions {
            emotions = List.copyOf(emotions);
            evidence = List.copyOf(evidence);
        }
    }

    public EmotionTrajectory {
        sentences = List.copyOf(sentences);
    }

    /** The trajectory of {@code doc}, from the same cues and negation rules as {@link EmotionCoder}. */
    public static EmotionTrajectory of(Document doc) {
        int n = doc.sentenceCount();
        List<List<String>> emo = new ArrayList<>();
        List<List<Evidence>> ev = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            emo.add(new ArrayList<>());
            ev.add(new ArrayList<>());
        }
        for (EmotionCoder.Cue c : EmotionCoder.cues(doc)) {
            if (c.scope() != Scope.ASSERTED) {
                continue;
            }
            int s = doc.sentenceOf(c.first());
            emo.get(s).add(c.emotion());
            ev.get(s).add(Evidence.of(doc.text(), doc.start(c.first()), doc.end(c.end() - 1)));
        }
        List<SentenceEmotions> out = new ArrayList<>(n);
        for (int s = 0; s < n; s++) {
            int[] span = doc.sentenceSpan(s);
            out.add(new SentenceEmotions(s, span[0], span[1], emo.get(s), ev.get(s), valence(emo.get(s))));
        }
        return new EmotionTrajectory(out);
    }

    /** The valence of a list of emotion classes: (happiness - negative) / all, 0 for none. */
    static double valence(List<String> emotions) {
        if (emotions.isEmpty()) {
            return 0.0;
        }
        long pos = emotions.stream().filter("HA"::equals).count();
        return (2.0 * pos - emotions.size()) / emotions.size();
    }

    /** The mean valence over the sentences that hold any emotion; 0 when none does. */
    public double overallValence() {
        return sentences.stream().filter(s -> !s.emotions().isEmpty()).mapToDouble(SentenceEmotions::valence)
                .average().orElse(0.0);
    }
}
