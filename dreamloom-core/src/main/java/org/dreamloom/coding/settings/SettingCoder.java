package org.dreamloom.coding.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dreamloom.coding.Artifact;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Coder;
import org.dreamloom.coding.Evidence;
import org.dreamloom.coding.emotions.PhraseLexicon;
import org.dreamloom.coding.emotions.Scope;
import org.dreamloom.nlp.Document;

/**
 * Codes one HVdC setting per scene: location (I indoor, O outdoor, A ambiguous) and familiarity (F familiar,
 * D distorted, G geographical, U unfamiliar, Q questionable), e.g. {@code IF}, {@code OU}. Scenes are split
 * at scene-change phrases ("the scene changed", "the next thing I knew", "suddenly I was"); a scene's location
 * is its first place word (a region such as "a strange city" only when nothing nearer is named), its
 * familiarity the strongest familiarity cue in it. A report with no place word
 * at all gets {@code AQ}.
 *
 * <p>Reads only tokens. Stateless and thread-safe.
 */
public final class SettingCoder implements Coder {
    private static final PhraseLexicon PLACES = PhraseLexicon.load(SettingCoder.class, "places.txt");
    private static final PhraseLexicon GEOGRAPHY = PhraseLexicon.load(SettingCoder.class, "geography.txt");
    private static final PhraseLexicon FAMILIARITY = PhraseLexicon.load(SettingCoder.class, "familiarity.txt");
    private static final Set<String> MOTION = Set.of("went", "go", "going", "goes", "walking", "walked", "walk",
            "drove", "driving", "drive", "ride", "riding", "rode", "way", "headed", "heading", "hurried", "ran",
            "running", "return", "returned", "returning", "back", "started", "start", "left", "leave", "leaving");

    /** A scene phrase starting within this many tokens of the report's start opens the first scene. */
    private static final int OPENING_TOKENS = 4;

    /** One scene: its token range and the setting code found for it. */
    public record Scene(int firstToken, int endToken, String code, List<Evidence> evidence) {
    }

    @Override
    public String name() {
        return "settings";
    }

    @Override
    public int version() {
        // 4: a scene phrase among the first words opens the first scene; "in the back yard" is a locative place;
        // a place right after another one ("the yard at home") is its container, not the setting
        return 4;
    }

    @Override
    public Set<Artifact> requires() {
        return Set.of(Artifact.TOKENS);
    }

    @Override
    public Category produces() {
        return Category.SETTINGS;
    }

    @Override
    public List<CodedItem> code(Document doc, Card soFar) {
        List<CodedItem> out = new ArrayList<>();
        for (Scene s : scenes(doc)) {
            out.add(new CodedItem(s.code(), s.evidence(), id()));
        }
        return out;
    }

    /** The scenes of {@code doc} with their settings, in text order. */
    public static List<Scene> scenes(Document doc) {
        List<PhraseLexicon.Match> matches = new ArrayList<>(PLACES.findAll(doc));
        matches.addAll(FAMILIARITY.findAll(doc));
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (PhraseLexicon.Match m : matches) {
            if (m.label().equals("S") && m.first() > starts.get(starts.size() - 1)) {
                starts.add(m.first());
            }
        }
        List<Scene> scenes = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : doc.size();
            if (k == 0 && starts.size() > 1 && starts.get(1) <= OPENING_TOKENS) {
                // "In this dream I found myself in a new home", "First I found myself ...": a scene phrase among
                // the report's first words opens the dream rather than closing a scene
                continue;
            }
            Scene s = scene(doc, matches, from, to);
            if (s != null) {
                scenes.add(s);
            }
        }
        if (scenes.isEmpty()) {
            scenes.add(new Scene(0, doc.size(), "AQ", List.of()));
        }
        return scenes;
    }

    private static Scene scene(Document doc, List<PhraseLexicon.Match> matches, int from, int to) {
        PhraseLexicon.Match place = null;
        PhraseLexicon.Match region = null;
        PhraseLexicon.Match fam = null;
        int placeSentence = -1;
        int famRank = 0;
        for (PhraseLexicon.Match m : matches) {
            if (m.first() < from || m.first() >= to) {
                continue;
            }
            String l = m.label();
            if (l.equals("R") && region == null && Scope.of(doc, m.first()) == Scope.ASSERTED) {
                region = m;
            }
            if (l.equals("E") && locative(doc, m.first())) {
                l = "I"; // "at a party", "in class": indoors; "asked me to dance", "the party last week": no place
                m = new PhraseLexicon.Match(l, m.first(), m.end(), m.entry());
            }
            if ((l.equals("I") || l.equals("O") || l.equals("V") || l.equals("W"))
                    && Scope.of(doc, m.first()) == Scope.ASSERTED) {
                // the place the dreamer is "in"/"at" beats a place merely mentioned, within the scene's first
                // two sentences that name places; an outdoor activity ("riding", "walking") or a vehicle already
                // says where the dreamer is
                int sent = doc.sentenceOf(m.first());
                if (place == null) {
                    place = m;
                    placeSentence = sent;
                } else if (sent <= placeSentence + 1 && !place.label().equals("W") && !place.label().equals("V")
                        && locative(doc, m.first()) && !locative(doc, place.first())
                        && !(m.first() - place.end() <= 2 && CONTAINERS.contains(doc.lower(m.first() - 1)))) {
                    place = m;
                }
            }
            int rank = switch (l) {
                case "D" -> 3;
                case "U" -> 2;
                case "F" -> 1;
                default -> 0;
            };
            if (rank > famRank) {
                fam = m;
                famRank = rank;
            }
        }
        if (place == null && region != null) {
            place = region; // "in a strange city" with no street or building named: outdoors
        }
        if (place == null && from > 0) {
            return null; // a scene change with no new place keeps the old setting
        }
        List<Evidence> ev = new ArrayList<>();
        char loc = 'A';
        if (place != null) {
            // vehicles carry the O label; a place right after a motion verb ("walking home") is being travelled to
            // "walking home", but not "the back room"
            boolean journey = place.first() > 0 && MOTION.contains(doc.lower(place.first() - 1))
                    && !(doc.lower(place.first() - 1).equals("back") && place.first() > 1
                            && DETERMINERS.contains(doc.lower(place.first() - 2)));
            loc = place.label().equals("I") && !journey && !outsideOf(doc, place.first()) ? 'I' : 'O';
            ev.add(span(doc, place));
        }
        char f = 'Q';
        if (fam == null && place != null && ownPlace(doc, place.first())) {
            f = 'F'; // "my kitchen", "our yard": the dreamer's own place
        } else if (fam != null) {
            f = fam.label().charAt(0);
            ev.add(span(doc, fam));
        } else {
            int g = geographic(doc, from, to);
            if (g >= 0) {
                f = 'G';
                ev.add(Evidence.of(doc.text(), doc.start(g), doc.end(g)));
            }
        }
        return new Scene(from, to, "" + loc + f, ev);
    }

    /**
     * Prepositions that make a place right after another place its container ("the back yard at home", "the
     * kitchen in her house"): the first, nearer place stays the setting.
     */
    private static final Set<String> CONTAINERS = Set.of("at", "in", "of");

    private static final Set<String> LOCATIVE = Set.of("in", "at", "on", "inside", "outside", "along", "across",
            "through", "near", "around", "under", "by", "into", "onto", "down", "up");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "my", "our", "his", "her", "their",
            "this", "some", "that", "its");

    /** True when the place word at {@code i} follows a locative preposition ("in the kitchen"). */
    private static boolean locative(Document doc, int i) {
        int s = doc.sentenceFirstToken(doc.sentenceOf(i));
        int j = i - 1;
        while (j >= s && j >= i - 3 && (DETERMINERS.contains(doc.lower(j)) || isAdjectiveLike(doc.lower(j)))) {
            j--;
        }
        // "looked at the building" names what is seen, not where the dreamer is
        return j >= s && LOCATIVE.contains(doc.lower(j)) && !(j > s && LOOK.contains(doc.lower(j - 1)));
    }

    private static final Set<String> LOOK = Set.of("look", "looked", "looking", "looks", "stared", "staring",
            "glanced", "pointed", "pointing", "gazed", "gazing");

    /** Relations that put the dreamer outdoors next to a building rather than in it ("in front of the house"). */
    private static final Set<String> OUTSIDE_OF = Set.of("outside", "behind", "past", "beside");

    /**
     * True when the indoor place word at {@code i} is seen from outside: an outdoor relation before it ("behind
     * our house", "in front of the cabin", "out by the barn") or a landform sense ("the bank of the river").
     */
    private static boolean outsideOf(Document doc, int i) {
        if (i + 1 < doc.size() && doc.lower(i).equals("bank") && doc.lower(i + 1).equals("of")) {
            return true;
        }
        int s = doc.sentenceFirstToken(doc.sentenceOf(i));
        int j = i - 1;
        while (j >= s && j >= i - 4 && (DETERMINERS.contains(doc.lower(j)) || isAdjectiveLike(doc.lower(j))
                || doc.lower(j).equals("of"))) {
            j--;
        }
        if (j > s && doc.lower(j).equals("'s")) {
            j -= 2; // a possessor: "in front of someone's home"
            while (j >= s && (DETERMINERS.contains(doc.lower(j)) || doc.lower(j).equals("of"))) {
                j--;
            }
        }
        if (j < s) {
            return false;
        }
        String t = doc.lower(j);
        return OUTSIDE_OF.contains(t) || t.equals("by") && j > s && doc.lower(j - 1).equals("out")
                || t.equals("front") && j + 1 < i && doc.lower(j + 1).equals("of");
    }

    private static boolean isAdjectiveLike(String t) {
        // length > 3: "by" and "my" end in y too, and are no adjectives
        return t.length() > 3 && t.endsWith("y") || t.endsWith("ful") || t.endsWith("ous") || t.equals("old") || t.equals("big")
                || t.equals("large") || t.equals("small") || t.equals("little") || t.equals("new") || t.equals("strange")
                || t.equals("back") || t.equals("front"); // "in the back yard", "on the front porch"
    }

    /** True when "my"/"our" precedes the place word at {@code i}, at most one word between. */
    private static boolean ownPlace(Document doc, int i) {
        int s = doc.sentenceFirstToken(doc.sentenceOf(i));
        for (int j = i - 1; j >= Math.max(s, i - 2); j--) {
            String t = doc.lower(j);
            if (t.equals("my") || t.equals("our")) {
                return true;
            }
        }
        return false;
    }

    /** A named city, state, country or continent after "in"/"to"/"at"/"from" (e.g. "in Chicago"), or -1. */
    private static int geographic(Document doc, int from, int to) {
        for (int i = Math.max(from, 1); i < to; i++) {
            String prev = doc.lower(i - 1);
            String tok = doc.token(i);
            if ((prev.equals("in") || prev.equals("to") || prev.equals("at") || prev.equals("from"))
                    && GEOGRAPHY.labelOf(doc.lower(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    private static Evidence span(Document doc, PhraseLexicon.Match m) {
        return Evidence.of(doc.text(), doc.start(m.first()), doc.end(m.end() - 1));
    }
}
