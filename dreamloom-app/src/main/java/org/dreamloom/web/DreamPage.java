package org.dreamloom.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Evidence;
import org.dreamloom.coding.emotions.EmotionTrajectory;
import org.dreamloom.coding.labels.DreamLabel;
import org.dreamloom.coding.labels.DreamLabels;
import org.dreamloom.coding.notation.EmotionCode;
import org.dreamloom.library.store.StoredDream;
import org.dreamloom.report.Dream;

/**
 * The content of a dream page, computed from the report and its card: the text cut into segments that carry the
 * highlight groups of the evidence covering them, the codes per category, an emotion timeline across the report
 * and its scenes with their settings. A pure function of its inputs.
 */
public final class DreamPage {
    /** The highlight groups, in drawing priority (a segment covered by several shows the first). */
    public enum Group {
        EMOTIONS("Emotions"), INTERACTIONS("Interactions"), CHARACTERS("Characters"), SETTINGS("Settings"),
        ACTIVITIES("Activities"), OBJECTS("Objects"), OTHER("Fortune & outcome");

        final String label;

        Group(String label) {
            this.label = label;
        }

        /** The group of a card category. */
        public static Group of(Category c) {
            return switch (c) {
                case CHARACTERS -> CHARACTERS;
                case EMOTIONS -> EMOTIONS;
                case SETTINGS -> SETTINGS;
                case AGGRESSION, FRIENDLINESS, SEXUALITY -> INTERACTIONS;
                case ACTIVITIES -> ACTIVITIES;
                case OBJECTS -> OBJECTS;
                default -> OTHER;
            };
        }

        public String css() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+[\"'”’)]*|\\n+|$)");

    private DreamPage() {
    }

    /**
     * The page of dream {@code s} as a JSON-ready map.
     *
     * @param own       whether the viewer owns it (then journal fields and the owner-only actions show)
     * @param anonymise hide who dreamed it and where it came from (another person's shared dream)
     */
    public static Map<String, Object> of(StoredDream s, Card card, boolean own, boolean anonymise) {
        return of(s, card, own, anonymise, null);
    }

    /** The page with the sentence-by-sentence emotion trajectory of the report (null = without it). */
    public static Map<String, Object> of(StoredDream s, Card card, boolean own, boolean anonymise,
            EmotionTrajectory trajectory) {
        Dream d = s.dream();
        String text = d.text();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("own", own);
        m.put("title", d.title());
        m.put("date", d.date());
        m.put("visibility", s.visibility().db());
        if (!anonymise) {
            m.put("dreamer", d.dreamer());
            m.put("series", d.series());
        }
        m.putAll(JournalFields.read(d));
        m.put("text", text);
        m.put("words", words(text));
        m.put("coder", Services.coderVersion(card));
        m.put("segments", segments(text, card));
        m.put("legend", legend(card));
        m.put("codes", codes(card, text));
        Map<String, Object> timeline = new LinkedHashMap<>(emotionTimeline(text, card));
        timeline.put("sentences", trajectory == null ? List.of() : sentences(text, trajectory));
        m.put("emotionTimeline", timeline);
        m.put("scenes", scenes(text, card));
        return m;
    }

    /**
     * The dream-level labels (nightmare, lucid) for the page: whether each applies, how strongly, and the words of
     * the report that justify it, so the reader can check the label as they check a code.
     */
    static List<Map<String, Object>> labels(DreamLabels labels, String text) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (DreamLabel l : labels.all()) {
            List<String> ev = new ArrayList<>();
            List<Map<String, Integer>> spans = new ArrayList<>();
            for (Evidence e : valid(l.evidence(), text)) {
                String words = text.substring(e.start(), e.end());
                if (!ev.contains(words)) {
                    ev.add(words);
                }
                spans.add(Map.of("start", e.start(), "end", e.end()));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", l.name());
            m.put("value", l.value());
            m.put("score", Math.round(l.score() * 100) / 100.0);
            m.put("evidence", ev);
            m.put("spans", spans); // where the evidence is in the text, to underline it there
            out.add(m);
        }
        return out;
    }

    /** The legend: every group with how many codes of the card fall in it. */
    static List<Map<String, Object>> legend(Card card) {
        EnumMap<Group, Integer> counts = new EnumMap<>(Group.class);
        for (Category c : Category.values()) {
            counts.merge(Group.of(c), card.items(c).size(), Integer::sum);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Group g : Group.values()) {
            out.add(Map.of("group", g.css(), "label", g.label, "count", counts.getOrDefault(g, 0)));
        }
        return out;
    }

    /** The codes per category, with their evidence, for the side panel. */
    static List<Map<String, Object>> codes(Card card, String text) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Category c : Category.values()) {
            for (CodedItem item : card.items(c)) {
                List<String> ev = new ArrayList<>();
                for (Evidence e : valid(item.evidence(), text)) {
                    ev.add(text.substring(e.start(), e.end()));
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("category", c.key());
                m.put("group", Group.of(c).css());
                m.put("code", item.code());
                m.put("meaning", CodeMeaning.of(c, item.code()));
                m.put("evidence", ev);
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The report cut at every evidence boundary; each segment lists the groups and codes covering it, so the
     * browser can colour it without computing overlaps.
     */
    static List<Map<String, Object>> segments(String text, Card card) {
        record Mark(int start, int end, Group group, String label) {
        }
        List<Mark> marks = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Category c : Category.values()) {
            for (CodedItem item : card.items(c)) {
                for (Evidence e : valid(item.evidence(), text)) {
                    if (e.end() > e.start()) {
                        marks.add(new Mark(e.start(), e.end(), Group.of(c), c.key() + " " + item.code()));
                        cuts.add(e.start());
                        cuts.add(e.end());
                    }
                }
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null && cut > prev) {
                Set<Group> groups = new TreeSet<>();
                Set<String> labels = new LinkedHashSet<>();
                for (Mark mk : marks) {
                    if (mk.start() <= prev && mk.end() >= cut) {
                        groups.add(mk.group());
                        labels.add(mk.label());
                    }
                }
                Map<String, Object> seg = new LinkedHashMap<>();
                seg.put("text", text.substring(prev, cut));
                if (!groups.isEmpty()) {
                    seg.put("groups", groups.stream().map(Group::css).toList());
                    seg.put("codes", List.copyOf(labels));
                }
                out.add(seg);
            }
            prev = cut;
        }
        return out;
    }

    /**
     * Each coded emotion placed where its evidence stands in the report (0 = start, 100 = end), with its class, and
     * a running balance (+1 happiness, −1 for the negative classes) so the chart shows how the feeling moves.
     */
    static Map<String, Object> emotionTimeline(String text, Card card) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (CodedItem item : card.items(Category.EMOTIONS)) {
            String cls = emotionClass(item.code());
            List<Evidence> ev = valid(item.evidence(), text);
            int at = ev.isEmpty() ? -1 : ev.get(0).start();
            if (at < 0) {
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("position", text.isEmpty() ? 0 : Math.round(1000.0 * at / text.length()) / 10.0);
            p.put("emotion", cls);
            p.put("code", item.code());
            p.put("words", text.substring(ev.get(0).start(), ev.get(0).end()));
            points.add(p);
        }
        points.sort((a, b) -> Double.compare((Double) a.get("position"), (Double) b.get("position")));
        int balance = 0;
        for (Map<String, Object> p : points) {
            balance += "happiness".equals(p.get("emotion")) ? 1 : -1;
            p.put("balance", balance);
        }
        return Map.of("points", points, "classes", List.of("anger", "apprehension", "sadness", "confusion", "happiness"));
    }

    /** The trajectory per sentence: where it stands in the report, its valence in [-1, 1] and its emotions. */
    static List<Map<String, Object>> sentences(String text, EmotionTrajectory trajectory) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EmotionTrajectory.SentenceEmotions se : trajectory.sentences()) {
            Map<String, Object> m = new LinkedHashMap<>();
            double mid = (se.start() + se.end()) / 2.0;
            m.put("sentence", se.sentence());
            m.put("position", text.isEmpty() ? 0 : Math.round(1000.0 * mid / text.length()) / 10.0);
            m.put("valence", Math.round(se.valence() * 100) / 100.0);
            m.put("emotions", se.emotions());
            out.add(m);
        }
        return out;
    }

    private static String emotionClass(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        return EmotionCode.NAMES.getOrDefault(c.length() >= 2 ? c.substring(0, 2) : c, "other");
    }

    /**
     * The scenes: a new scene begins at each sentence that names a setting different from the current one (the
     * dream moved); each scene has its span, its settings and its opening words.
     */
    static List<Map<String, Object>> scenes(String text, Card card) {
        record SettingMark(int start, String code) {
        }
        List<SettingMark> settings = new ArrayList<>();
        for (CodedItem item : card.items(Category.SETTINGS)) {
            for (Evidence e : valid(item.evidence(), text)) {
                settings.add(new SettingMark(e.start(), item.code()));
            }
        }
        settings.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<int[]> sentences = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            if (!m.group().isBlank()) {
                sentences.add(new int[] {m.start(), m.end()});
            }
        }
        List<Map<String, Object>> scenes = new ArrayList<>();
        int sceneStart = 0;
        Set<String> current = new LinkedHashSet<>();
        for (int[] sent : sentences) {
            Set<String> here = new LinkedHashSet<>();
            for (SettingMark sm : settings) {
                if (sm.start() >= sent[0] && sm.start() < sent[1]) {
                    here.add(sm.code());
                }
            }
            boolean moved = !here.isEmpty() && !current.isEmpty() && !current.containsAll(here);
            if (moved && sent[0] > sceneStart) {
                scenes.add(scene(text, sceneStart, sent[0], current, scenes.size() + 1));
                sceneStart = sent[0];
                current = new LinkedHashSet<>();
            }
            current.addAll(here);
        }
        if (sceneStart < text.length() || scenes.isEmpty()) {
            scenes.add(scene(text, sceneStart, text.length(), current, scenes.size() + 1));
        }
        return scenes;
    }

    private static Map<String, Object> scene(String text, int start, int end, Set<String> settings, int n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", n);
        m.put("start", start);
        m.put("end", end);
        m.put("settings", List.copyOf(settings));
        m.put("setting", settings.isEmpty() ? "no setting coded" : describeSettings(settings));
        String body = text.substring(start, end).strip();
        m.put("opening", body.length() > 140 ? body.substring(0, 140).strip() + "…" : body);
        return m;
    }

    /** HVdC setting codes in words: I indoor, O outdoor, A ambiguous, Q questionable, + F/U/D/G qualifiers. */
    static String describeSettings(Set<String> codes) {
        List<String> words = new ArrayList<>();
        for (String code : codes) {
            String c = code.strip().toUpperCase(Locale.ROOT);
            String place = c.startsWith("I") ? "indoors" : c.startsWith("O") ? "outdoors" : c.startsWith("A")
                    ? "ambiguous place" : c.startsWith("Q") ? "no clear place" : code;
            String kind = c.length() > 1 ? switch (c.charAt(1)) {
                case 'F' -> "familiar";
                case 'D' -> "distorted";
                case 'G' -> "geographic";
                case 'Q' -> "questionable";
                case 'U' -> "unfamiliar";
                default -> "";
            } : "";
            words.add((kind.isEmpty() ? "" : kind + " ") + place + " (" + code + ")");
        }
        return String.join(", ", words);
    }

    /** Evidence spans that fit the text (a card coded on an older text may not). */
    private static List<Evidence> valid(List<Evidence> spans, String text) {
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : spans) {
            if (e.end() <= text.length()) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The number of words: runs of characters other than the white space of regex {@code \s} in the stripped text,
     * as {@code text.strip().split("\\s+")} counts them, without building the pieces or a stripped copy (every search
     * hit and journal entry shows this count, and the split was a tenth of a search's CPU).
     */
    static int words(String text) {
        // the ends strip() would cut (Character.isWhitespace code points), found without copying the text
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && Character.isWhitespace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        int count = 0;
        boolean inWord = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            // every white space character of \s is at most ' ': one comparison for nearly every character
            boolean space = c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r');
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }
}
