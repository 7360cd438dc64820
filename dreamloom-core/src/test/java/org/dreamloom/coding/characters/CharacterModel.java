package org.dreamloom.coding.characters;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.dreamloom.nlp.Document;

/**
 * Maxent decisions over the characters the rules found: whether human coders would code each one at all, and
 * for the generic people ("a man", "the girls", "people") whether they are known, strangers or uncertain, and
 * the sex of groups. The rules find the candidates; these three small models, trained on the development cards
 * only ({@link TrainCharacterModel}), settle what the rules cannot read from the words alone. One maxent call per
 * character, so it costs next to nothing. Immutable and thread-safe.
 */
public final class CharacterModel {
    static final String RESOURCE = "character-model.bin";
    /** The identities the identity model chooses among; others (kin, occupations…) the lexicon settles. */
    static final String KSU = "KSU";
    /** Below this probability of being coded a candidate is dropped (tuned by cross-validation on dev). */
    static final double DEFAULT_KEEP_THRESHOLD = 0.4;

    static final String MOFF = System.getProperty("m.off", "");
    private final MaxentModel keep;
    private final MaxentModel identity;
    private final MaxentModel sex;
    private final double keepThreshold;

    CharacterModel(MaxentModel keep, MaxentModel identity, MaxentModel sex, double keepThreshold) {
        this.keep = keep;
        this.identity = identity;
        this.sex = sex;
        this.keepThreshold = keepThreshold;
    }

    /** The model shipped with Dreamloom, or null when the resource is missing (the rules then stand alone). */
    public static CharacterModel shipped() {
        return Holder.SHIPPED;
    }

    private static final class Holder {
        static final CharacterModel SHIPPED = load();

        private static CharacterModel load() {
            try (InputStream in = CharacterModel.class.getResourceAsStream(RESOURCE)) {
                return in == null ? null : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the character model resource " + RESOURCE
                        + "; rebuild it with TrainCharacterModel", e);
            }
        }
    }

    /** Reads the three models written by {@link #write}. */
    static CharacterModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        double threshold = data.readDouble();
        MaxentModel k = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
        MaxentModel i = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
        MaxentModel s = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
        return new CharacterModel(k, i, s, threshold);
    }

    /** Writes the three models one after the other. */
    void write(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeDouble(keepThreshold);
        for (MaxentModel m : List.of(keep, identity, sex)) {
            new GenericModelWriter((AbstractModel) m, data).persist();
        }
        data.flush();
    }

    CharacterModel withThreshold(double threshold) {
        return new CharacterModel(keep, identity, sex, threshold);
    }

    /** Applies the decisions to the characters of one document; returns those kept. */
    List<DreamCharacter> apply(Document doc, List<DreamCharacter> found) {
        List<DreamCharacter> out = new ArrayList<>(found.size());
        for (DreamCharacter c : found) {
            String[] f = CharacterFeatures.of(doc, c, found.size());
            if (prob(keep, f, "Y") < keepThreshold) {
                continue;
            }
            if (!MOFF.contains("id") && identityUndecided(c)) {
                c.identity = best(identity, f);
            }
            if (!MOFF.contains("sex") && sexUndecided(c)) {
                c.sex = best(sex, f).charAt(0);
            }
            out.add(c);
        }
        return out;
    }

    /** True for the characters whose sex the sex model chooses: humans whose words did not fix it. */
    static boolean sexUndecided(DreamCharacter c) {
        return c.isHuman() && !c.sexFixed && (c.sex == 'I' || c.sex == 'J');
    }

    /** True for the characters whose identity the identity model chooses. */
    static boolean identityUndecided(DreamCharacter c) {
        return c.isHuman() && c.identity.length() == 1 && KSU.indexOf(c.identity.charAt(0)) >= 0;
    }

    private static double prob(MaxentModel m, String[] f, String outcome) {
        int idx = m.getIndex(outcome);
        return idx < 0 ? 0 : m.eval(f)[idx];
    }

    private static String best(MaxentModel m, String[] f) {
        return m.getBestOutcome(m.eval(f));
    }
}
