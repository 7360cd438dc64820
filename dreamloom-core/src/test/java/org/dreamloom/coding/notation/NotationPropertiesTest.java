package org.dreamloom.coding.notation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.dreamloom.coding.Category;

/** Round trips of generated codes: formatting then parsing gives the same code, whatever the spacing. */
class NotationPropertiesTest {

    @Property(tries = 300)
    void charactersRoundTrip(@ForAll("characters") CharacterCode c) {
        assertThat(CharacterCode.parse(c.format())).isEqualTo(c);
    }

    @Property(tries = 300)
    void interactionsRoundTrip(@ForAll("interactions") InteractionCode c, @ForAll("spacing") String space) {
        assertThat(InteractionCode.parse(c.format())).isEqualTo(c);
        // The same code with another spacing around '+' parses to the same value.
        assertThat(InteractionCode.parse(c.format().replace(" + ", space))).isEqualTo(c);
    }

    @Property(tries = 200)
    void emotionsAndOutcomesRoundTrip(@ForAll("emotions") EmotionCode e, @ForAll("outcomes") OutcomeCode o,
                                      @ForAll("spacing") String space) {
        assertThat(EmotionCode.parse(e.format().replace(" + ", space))).isEqualTo(e);
        assertThat(OutcomeCode.parse(o.format().replace(" + ", space))).isEqualTo(o);
    }

    @Property(tries = 200)
    void activitiesRoundTrip(@ForAll("activities") ActivityCode a) {
        assertThat(ActivityCode.parse(a.format())).isEqualTo(a);
        assertThat(Notation.parse(Category.ACTIVITIES, a.format()).format()).isEqualTo(a.format());
    }

    @Provide
    Arbitrary<String> spacing() {
        return Arbitraries.of(" + ", "+", " +", "+ ", "  +  ");
    }

    @Provide
    Arbitrary<CharacterCode> characters() {
        Arbitrary<Integer> number = Arbitraries.integers().between(1, 8);
        Arbitrary<CharacterCode> human = Combinators.combine(number, chars(CharacterCode.SEXES),
                chars(CharacterCode.IDENTITIES), chars(CharacterCode.AGES)).as(CharacterCode::new);
        Arbitrary<CharacterCode> animal = number.map(n -> new CharacterCode(n, 'A', 'N', 'I'));
        Arbitrary<CharacterCode> creature = number.map(n -> new CharacterCode(n, 'C', 'Z', 'Z'));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, human), net.jqwik.api.Tuple.of(1, animal), net.jqwik.api.Tuple.of(1, creature));
    }

    @Provide
    Arbitrary<InteractionCode> interactions() {
        return Combinators.combine(group(), Arbitraries.integers().between(1, 8), chars(InteractionCode.TYPES), group())
                .as((a, level, type, b) -> new InteractionCode(a, level, type,
                        type == '*' ? java.util.Optional.empty() : java.util.Optional.of(b)));
    }

    @Provide
    Arbitrary<EmotionCode> emotions() {
        return Combinators.combine(Arbitraries.of(EmotionCode.EMOTIONS), group()).as(EmotionCode::new);
    }

    @Provide
    Arbitrary<OutcomeCode> outcomes() {
        return Combinators.combine(Arbitraries.of("M1", "M2", "M3", "M4", "M5", "M6", "GF", "SU", "FL"), group())
                .as(OutcomeCode::new);
    }

    @Provide
    Arbitrary<ActivityCode> activities() {
        return Combinators.combine(group(), chars(ActivityCode.TYPES), Arbitraries.of('>', '=', 'R', ' '), group())
                .as((a, type, dir, b) -> dir == ' '
                        ? new ActivityCode(a, type, java.util.Optional.empty(), java.util.Optional.empty())
                        : new ActivityCode(a, type, java.util.Optional.of(dir), java.util.Optional.of(b)));
    }

    private Arbitrary<Participants> group() {
        Arbitrary<Participant> one = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Participant.DREAMER)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Participant.UNIDENTIFIED)),
                net.jqwik.api.Tuple.of(3, characters().map(c -> (Participant) c)));
        return one.list().ofMinSize(1).ofMaxSize(4).map(Participants::new);
    }

    private static Arbitrary<Character> chars(String allowed) {
        return Arbitraries.of(allowed.chars().mapToObj(c -> (char) c).toList());
    }

    @SuppressWarnings("unused")
    private static final List<String> EXAMPLES = List.of("D 3> 1FMA + 1MKA");
}
