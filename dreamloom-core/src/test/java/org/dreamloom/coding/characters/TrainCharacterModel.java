package org.dreamloom.coding.characters;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.TrainingParameters;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Evidence;
import org.dreamloom.eval.CardFile;
import org.dreamloom.eval.GoldSplit;
import org.dreamloom.eval.ScoreResult;
import org.dreamloom.eval.Scorer;
import org.dreamloom.nlp.Document;
import org.dreamloom.nlp.TextAnalyzer;

/**
 * Trains the {@link CharacterModel} from the development part of a gold card file (never the held-out part), or
 * measures it by cross-validation on that part.
 *
 * <p>Usage: {@code TrainCharacterModel GOLD.jsonl OUT.bin} writes the model;
 * {@code TrainCharacterModel GOLD.jsonl --cv K} prints the rules-only and the rules+model figures of K-fold
 * cross-validation on the dev cards for several keep thresholds; {@code --holdout} trains on dev and prints both on
 * the held-out cards (report only). The shipped resource was made by
 * {@code java -cp ... org.dreamloom.coding.characters.TrainCharacterModel
 * /work/shared/data/hvdc/norms-female-cards.jsonl
 * dreamloom-core/src/main/resources/org/dreamloom/coding/characters/character-model.bin}.
 */
public final class TrainCharacterModel {
    private static final int ITERATIONS = 150;
    private static final int CUTOFF = 2;

    private TrainCharacterModel() {
    }

    /** The training examples of one card: its candidates, features and what the gold card says of them. */
    private record Example(Card gold, Document doc, List<DreamCharacter> found, List<String[]> features,
            List<Event> keep, List<Event> identity, List<Event> sex) {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("OPT_OUT_TRACKING", "true");
        System.setProperty("offline", "true");
        if (args.length < 2) {
            System.err.println("usage: TrainCharacterModel GOLD.jsonl OUT.bin | GOLD.jsonl --cv K | GOLD.jsonl --holdout");
            System.exit(2);
        }
        CardFile.Loaded loaded = CardFile.read(Path.of(args[0]));
        loaded.problems().forEach(p -> System.err.println("skipped: " + p));
        List<Card> dev = new ArrayList<>();
        for (Card c : GoldSplit.DEV.select(loaded.cards())) {
            if (c.report() != null && !c.report().isBlank()) {
                dev.add(c);
            }
        }
        if (args[1].equals("--rules")) {
            List<Card> rules = new ArrayList<>();
            for (Card gold : dev) {
                Document doc = TextAnalyzer.shared().analyze(gold.report());
                rules.add(card(gold, doc, new MentionResolver(doc, CharacterLexicon.shared()).resolve()));
            }
            System.out.println("rules only: " + summary(Scorer.score(dev, rules)));
            return;
        }
        if (args[1].equals("--holdout")) {
            scoreOnHoldout(dev, GoldSplit.HOLDOUT.select(loaded.cards()));
            return;
        }
        if (args[1].equals("--cv")) {
            crossValidate(dev, args.length > 2 ? Integer.parseInt(args[2]) : 5);
            return;
        }
        CharacterModel model = train(examples(dev)).withThreshold(CharacterModel.DEFAULT_KEEP_THRESHOLD);
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            model.write(out);
        }
        System.out.println("trained on " + dev.size() + " dev cards; wrote " + args[1]);
    }

    private static List<Example> examples(List<Card> cards) {
        List<Example> out = new ArrayList<>(cards.size());
        for (Card gold : cards) {
            out.add(example(gold));
        }
        return out;
    }

    private static Example example(Card gold) {
        Document doc = TextAnalyzer.shared().analyze(gold.report());
        List<DreamCharacter> found = new MentionResolver(doc, CharacterLexicon.shared()).resolve();
        List<String[]> features = new ArrayList<>();
        List<String> pred = new ArrayList<>();
        for (DreamCharacter c : found) {
            features.add(CharacterFeatures.of(doc, c, found.size()));
            pred.add(c.code());
        }
        String[] match = match(gold.codes(Category.CHARACTERS), pred);
        List<Event> keep = new ArrayList<>();
        List<Event> identity = new ArrayList<>();
        List<Event> sex = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            DreamCharacter c = found.get(k);
            String g = match[k];
            keep.add(new Event(g == null ? "N" : "Y", features.get(k)));
            if (g == null || g.length() != 4 || !c.isHuman() || g.charAt(2) == 'N' || g.charAt(2) == 'Z') {
                continue;
            }
            if (CharacterModel.identityUndecided(c) && CharacterModel.KSU.indexOf(g.charAt(2)) >= 0) {
                identity.add(new Event(String.valueOf(g.charAt(2)), features.get(k)));
            }
            if (CharacterModel.sexUndecided(c) && "MFJI".indexOf(g.charAt(1)) >= 0) {
                sex.add(new Event(String.valueOf(g.charAt(1)), features.get(k)));
            }
        }
        return new Example(gold, doc, found, features, keep, identity, sex);
    }

    /**
     * The gold code each predicted code stands for, or null: exact matches first, then the pairs agreeing in the
     * most positions (at least two), as the scorer aligns them.
     */
    static String[] match(List<String> gold, List<String> pred) {
        String[] out = new String[pred.size()];
        boolean[] used = new boolean[gold.size()];
        for (int p = 0; p < pred.size(); p++) {
            for (int g = 0; g < gold.size(); g++) {
                if (!used[g] && gold.get(g).equals(pred.get(p))) {
                    used[g] = true;
                    out[p] = gold.get(g);
                    break;
                }
            }
        }
        while (true) {
            int bestP = -1, bestG = -1, best = 1;
            for (int p = 0; p < pred.size(); p++) {
                if (out[p] != null) {
                    continue;
                }
                for (int g = 0; g < gold.size(); g++) {
                    if (used[g]) {
                        continue;
                    }
                    int agree = agreeing(gold.get(g), pred.get(p));
                    if (agree > best) {
                        best = agree;
                        bestP = p;
                        bestG = g;
                    }
                }
            }
            if (bestP < 0) {
                return out;
            }
            used[bestG] = true;
            out[bestP] = gold.get(bestG);
        }
    }

    private static int agreeing(String a, String b) {
        int k = 0;
        for (int i = 0; i < Math.min(a.length(), b.length()); i++) {
            k += a.charAt(i) == b.charAt(i) ? 1 : 0;
        }
        return k;
    }

    static CharacterModel train(List<Example> examples) throws IOException {
        List<Event> keep = new ArrayList<>();
        List<Event> identity = new ArrayList<>();
        List<Event> sex = new ArrayList<>();
        for (Example e : examples) {
            keep.addAll(e.keep());
            identity.addAll(e.identity());
            sex.addAll(e.sex());
        }
        return new CharacterModel(fit(keep), fit(identity), fit(sex), CharacterModel.DEFAULT_KEEP_THRESHOLD);
    }

    private static MaxentModel fit(List<Event> events) throws IOException {
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
        params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        return trainer.train(new CollectionObjectStream<>(events));
    }

    private static void crossValidate(List<Card> dev, int folds) throws IOException {
        List<Example> all = examples(dev);
        double[] thresholds = {0.0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55};
        List<List<Card>> predicted = new ArrayList<>();
        for (int t = 0; t < thresholds.length; t++) {
            predicted.add(new ArrayList<>());
        }
        List<Card> rules = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Example> train = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (int k = 0; k < all.size(); k++) {
                (k % folds == fold ? test : train).add(all.get(k));
            }
            CharacterModel model = train(train);
            for (Example e : test) {
                rules.add(card(e.gold(), e.doc(), fresh(e)));
                for (int t = 0; t < thresholds.length; t++) {
                    List<DreamCharacter> found = fresh(e);
                    predicted.get(t).add(card(e.gold(), e.doc(),
                            model.withThreshold(thresholds[t]).apply(e.doc(), found)));
                }
            }
        }
        List<Card> golds = new ArrayList<>();
        all.forEach(e -> golds.add(e.gold()));
        System.out.println("rules only: " + summary(Scorer.score(golds, rules)));
        for (int t = 0; t < thresholds.length; t++) {
            System.out.println("rules+model keep>=" + thresholds[t] + ": " + summary(Scorer.score(golds, predicted.get(t))));
        }
    }

    /**
     * Trains on all dev cards and scores rules only against rules + model on the held-out cards: whether what the
     * model learns from dev carries to reports it has not seen (the rules were written reading dev, so
     * cross-validation inside dev flatters them). Report-only: never pick thresholds from this.
     */
    private static void scoreOnHoldout(List<Card> dev, List<Card> heldOut) throws IOException {
        CharacterModel model = train(examples(dev));
        List<Example> test = new ArrayList<>();
        for (Card c : heldOut) {
            if (c.report() != null && !c.report().isBlank()) {
                test.add(example(c));
            }
        }
        List<Card> golds = new ArrayList<>();
        List<Card> rules = new ArrayList<>();
        List<Card> learned = new ArrayList<>();
        for (Example e : test) {
            golds.add(e.gold());
            rules.add(card(e.gold(), e.doc(), fresh(e)));
            learned.add(card(e.gold(), e.doc(),
                    model.withThreshold(CharacterModel.DEFAULT_KEEP_THRESHOLD).apply(e.doc(), fresh(e))));
        }
        System.out.println("held-out, rules only: " + summary(Scorer.score(golds, rules)));
        System.out.println("held-out, rules+model keep>=" + CharacterModel.DEFAULT_KEEP_THRESHOLD + ": "
                + summary(Scorer.score(golds, learned)));
    }

    /** Resolves the candidates again (the model changes them in place). */
    private static List<DreamCharacter> fresh(Example e) {
        return new MentionResolver(e.doc(), CharacterLexicon.shared()).resolve();
    }

    private static Card card(Card gold, Document doc, List<DreamCharacter> found) {
        List<CodedItem> items = new ArrayList<>();
        for (DreamCharacter c : found) {
            int[] s = c.spans.get(0);
            items.add(new CodedItem(c.code(), List.of(Evidence.of(doc.text(), s[0], s[1])), "characters@2"));
        }
        return Card.empty(gold.series(), gold.number(), gold.report()).with(Category.CHARACTERS, items);
    }

    private static String summary(ScoreResult r) {
        ScoreResult.Characters c = r.characters();
        return String.format("F1 %.3f (P %.3f R %.3f) identity %.3f sex %.3f number %.3f age %.3f count MAE %.3f",
                c.exact().f1(), c.exact().precision(), c.exact().recall(), c.fields().get("identity"),
                c.fields().get("sex"), c.fields().get("number"), c.fields().get("age"), c.countMae());
    }
}
