package org.dreamloom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.coding.Evidence;
import org.junit.jupiter.api.Test;

class DreamPageTest {
    private static final String TEXT = "I was in my kitchen with my mother. I felt scared. Then we were on a beach and I was happy.";

    private static CodedItem item(String code, String text, String words) {
        int at = text.indexOf(words);
        return new CodedItem(code, List.of(Evidence.of(text, at, at + words.length())), "test@1");
    }

    private static Card card() {
        return Card.empty("", "1", TEXT)
                .with(Category.SETTINGS, List.of(item("IF", TEXT, "my kitchen"), item("OU", TEXT, "on a beach")))
                .with(Category.CHARACTERS, List.of(item("1FMA", TEXT, "my mother")))
                .with(Category.EMOTIONS, List.of(item("AP D", TEXT, "scared"), item("HA D", TEXT, "happy")))
                .with(Category.FRIENDLINESS, List.of(item("D 4> 1FMA", TEXT, "with my mother")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void segmentsRebuildTheTextAndCarryEveryOverlappingGroup() {
        List<Map<String, Object>> segs = DreamPage.segments(TEXT, card());
        assertThat(segs.stream().map(s -> (String) s.get("text")).reduce("", String::concat)).isEqualTo(TEXT);
        Map<String, Object> mother = segs.stream().filter(s -> s.get("text").equals("my mother")).findFirst().orElseThrow();
        assertThat((List<String>) mother.get("groups")).containsExactly("interactions", "characters");
        assertThat((List<String>) mother.get("codes")).contains("characters 1FMA", "friendliness D 4> 1FMA");
        Map<String, Object> with = segs.stream().filter(s -> s.get("text").equals("with ")).findFirst().orElseThrow();
        assertThat((List<String>) with.get("groups")).containsExactly("interactions");
        assertThat(segs.get(0).get("groups")).isNull();
    }

    @Test
    @SuppressWarnings("unchecked")
    void emotionTimelineFollowsTheTextWithARunningBalance() {
        Map<String, Object> tl = DreamPage.emotionTimeline(TEXT, card());
        List<Map<String, Object>> points = (List<Map<String, Object>>) tl.get("points");
        assertThat(points).extracting(p -> p.get("emotion")).containsExactly("apprehension", "happiness");
        assertThat(points).extracting(p -> p.get("balance")).containsExactly(-1, 0);
        assertThat((Double) points.get(0).get("position")).isLessThan((Double) points.get(1).get("position"));
        assertThat(points.get(1).get("words")).isEqualTo("happy");
    }

    @Test
    void trajectorySentencesArePlacedAlongTheReport() {
        var t = new org.dreamloom.coding.emotions.EmotionTrajectory(List.of(
                new org.dreamloom.coding.emotions.EmotionTrajectory.SentenceEmotions(0, 0, 35, List.of(), List.of(), 0),
                new org.dreamloom.coding.emotions.EmotionTrajectory.SentenceEmotions(1, 36, 50, List.of("AP"), List.of(), -1),
                new org.dreamloom.coding.emotions.EmotionTrajectory.SentenceEmotions(2, 51, TEXT.length(), List.of("HA"),
                        List.of(), 1)));
        List<Map<String, Object>> s = DreamPage.sentences(TEXT, t);
        assertThat(s).extracting(m -> m.get("valence")).containsExactly(0.0, -1.0, 1.0);
        assertThat((Double) s.get(0).get("position")).isLessThan((Double) s.get(1).get("position"));
        assertThat((Double) s.get(2).get("position")).isLessThan(100.0);
    }

    @Test
    void scenesChangeWhereTheSettingChanges() {
        List<Map<String, Object>> scenes = DreamPage.scenes(TEXT, card());
        assertThat(scenes).hasSize(2);
        assertThat(scenes.get(0).get("settings")).isEqualTo(List.of("IF"));
        assertThat((String) scenes.get(0).get("setting")).contains("familiar indoors");
        assertThat(scenes.get(1).get("settings")).isEqualTo(List.of("OU"));
        assertThat((String) scenes.get(1).get("opening")).startsWith("Then we were on a beach");
    }

    @Test
    void aCardWithoutEvidenceGivesOnePlainSegmentAndOneScene() {
        Card empty = Card.empty("", "1", TEXT);
        assertThat(DreamPage.segments(TEXT, empty)).hasSize(1);
        assertThat(DreamPage.scenes(TEXT, empty)).hasSize(1);
        assertThat(DreamPage.scenes(TEXT, empty).get(0).get("setting")).isEqualTo("no setting coded");
    }

    @Test
    void evidenceBeyondTheTextIsIgnored() {
        Card stale = Card.empty("", "1", "short").with(Category.CHARACTERS,
                List.of(new CodedItem("1MSA", List.of(new Evidence(2, 50, "x")), "t")));
        assertThat(DreamPage.segments("short", stale)).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void legendCountsCodesPerGroup() {
        List<Map<String, Object>> legend = DreamPage.legend(card());
        Map<String, Object> emotions = legend.stream().filter(l -> l.get("group").equals("emotions")).findFirst().orElseThrow();
        assertThat(emotions.get("count")).isEqualTo(2);
        assertThat(legend).extracting(l -> l.get("group")).contains("characters", "settings", "interactions");
    }

    @Test
    void countsWordsAsSplittingOnWhiteSpaceDoes() {
        for (String text : List.of("", "   ", "one", " two  words ", "tabs\tand\nnew\r\nlines", "a\u000Bb\fc",
                "non\u00A0breaking stays one", "\u2003em space ends\u2003", "café — dash", "\u001Cx y\u001F", "a\u001Cb")) {
            String t = text.strip();
            int expected = t.isEmpty() ? 0 : t.split("\\s+").length;
            assertThat(DreamPage.words(text)).as("'%s'", text).isEqualTo(expected);
        }
        assertThat(DreamPage.words(" I  ran\thome ")).isEqualTo(3);
    }
}
