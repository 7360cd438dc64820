package org.dreamloom.coding.characters;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.dreamloom.nlp.PhraseTokens;

/**
 * The closed word lists {@link MentionResolver} reads a report with: determiners, adjectives that fix age or
 * identity, pronouns, cues of known and unknown people, words that are never names (kept apart so the resolver
 * holds only the logic).
 */
final class MentionWords {
    private MentionWords() {
    }

    /** A set that tolerates duplicates in its source list (the word lists are edited by hand). */
    static Set<String> set(String... words) {
        return Set.copyOf(Arrays.asList(words));
    }

    /**
     * Cue phrases written as people write them ("didn't know", "i've met"), split into tokens the way reports are
     * ({@link PhraseTokens}) because {@link MentionResolver} matches them against space-joined tokens; a trailing
     * space (a whole-word end, as in "was my ") is kept.
     */
    static String[] cues(String... phrases) {
        return Arrays.stream(phrases).map(c -> PhraseTokens.join(c) + (c.endsWith(" ") ? " " : ""))
                .toArray(String[]::new);
    }

    static final Set<String> INDEFINITE = set("a", "an", "another", "some", "any", "several", "many",
            "few", "numerous", "various", "other", "lots", "more", "all", "both", "no");
    static final Map<String, Integer> NUMERALS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("dozen", 12), Map.entry("hundred", 100), Map.entry("thousand", 1000),
            Map.entry("couple", 2), Map.entry("pair", 2));
    static final Set<String> TWO = set("two", "2");
    static final Set<String> DEFINITE = set("the", "this", "that", "these", "those");
    static final Set<String> OWN = set("my", "our");
    static final Set<String> OTHER_POSSESSIVE = set("his", "her", "their", "its", "your", "'s", "'", "s");
    static final Set<String> CHILD_ADJ = set("little", "small", "young", "tiny");
    // "younger"/"youngest" only compare: "my younger sister" was coded an adult as often as a child
    static final Set<String> BABY_ADJ = set("baby", "infant", "newborn");
    static final Set<String> TEEN_ADJ = set("teenage", "teen-age", "adolescent", "teen");
    static final Set<String> DEAD_ADJ = set("dead", "late", "deceased");
    static final Set<String> ETHNIC_ADJ = set("negro", "colored", "chinese", "japanese", "mexican",
            "german", "italian", "french", "irish", "jewish", "russian", "spanish", "oriental", "foreign",
            "african", "indian", "puerto", "cuban", "greek", "polish", "swedish", "arab", "black", "hungarian");
    static final Set<String> STRANGE_ADJ = set("strange", "unknown", "unfamiliar", "unidentified");
    static final Set<String> BE = set("was", "were", "is", "am", "are", "be", "been", "being", "became",
            "become", "becomes", "'m", "'re", "seemed", "looked", "like", "as", "remained", "turned");
    static final Set<String> CHILD_HEADS = set("boy", "girl", "boys", "girls", "brother", "sister",
            "brothers", "sisters", "cousin", "cousins", "friend", "friends", "nephew", "niece", "kid", "kids",
            "child", "children", "son", "daughter", "sons", "daughters");
    static final Set<String> MALE_GENERIC = set("man", "gentleman", "fellow", "guy", "stranger", "boy", "fella");
    static final Set<String> FEMALE_GENERIC = set("woman", "lady", "girl");
    static final Set<String> UNIQUE_KIN = set("F", "M", "X", "H", "W", "Y");
    static final Set<String> KIN = set("F", "M", "X", "B", "T", "H", "W", "A", "D", "C", "I", "Y");
    static final Set<String> GROUP_NOUNS = set("group", "bunch", "crowd", "lot", "couple", "pair",
            "number", "band", "gang", "herd", "flock", "pack", "swarm", "team", "class", "family", "lots", "dozens");
    static final Set<String> AMBIGUOUS = set("date", "guard", "cook", "judge", "coach", "pilot",
            "figure", "general", "pop", "ma", "pa", "fish", "partner", "bug", "bugs", "duck", "kid", "nurse",
            "staff", "will", "fox", "bear", "bat", "seal", "ram", "crane", "individual", "officer", "director",
            "captain", "operator", "attendant", "giant", "couple", "lot", "others", "boss", "mouse", "rat");
    /** WordNet person nouns that rarely name a character in a report. */
    static final Set<String> WORDNET_STOP = set("self", "one", "type", "sort", "head", "host", "i",
            "fan", "mate", "bat", "model", "star", "character", "party", "subject", "member", "user", "winner",
            "loser", "reader", "speaker", "owner", "witness", "victim", "rider", "walker", "driver", "runner",
            "swimmer", "passenger", "visitor", "guest", "sleeper", "dreamer", "lover", "beauty", "baby", "adult",
            "native", "patient", "prisoner", "inmate", "singer", "worker", "slave", "ace", "shadow", "boss",
            "mother", "father", "sister", "brother", "daughter", "son", "date", "nobody", "no-one", "anyone",
            "anybody", "whole", "thing", "things", "case", "cases", "life", "lives", "peer", "hand", "hands",
            "cook", "wasp", "pet", "game", "meat", "food", "chicken", "turkey", "lamb", "fish", "shrimp",
            "oyster", "oysters", "clam", "clams", "lobster", "crab", "bird", "birds", "egg", "eggs", "cattle",
            "stock", "game", "fly", "flies", "moth", "mole", "kitty", "pussy", "dam", "sire", "grade", "side",
            "saint", "giant", "god", "angel", "spirit", "soul", "ghost", "imp", "cupid", "santa", "fairy",
            "mermaid", "sphinx", "pegasus", "monster", "familiar", "devil", "demon", "witch", "creature", "voice", "ward", "observer", "subject", "people", "person", "human", "being");
    static final Set<String> PLACE_WORDS = set("avenue", "ave", "ave.", "street", "st", "st.", "road",
            "rd", "hall", "university", "college", "school", "high", "hotel", "building", "park", "church", "lake",
            "river", "store", "county", "city", "state", "island", "beach", "center", "hospital", "club", "theater",
            "theatre", "house", "square", "boulevard", "drive", "lane", "mountain", "mountains", "bay", "falls",
            "station", "airport", "company", "department", "library", "institute", "academy", "ocean", "sea",
            "valley", "heights", "apartments", "restaurant", "cafe", "shop", "mall", "field", "stadium", "canyon");
    static final Set<String> PLACE_PREPOSITIONS = set("in", "at", "to", "from", "near", "into",
            "toward", "towards", "through", "across", "on", "of", "around", "visit", "visiting", "leave", "left");
    static final Set<String> NOT_NAMES = set("i", "god", "lord", "christ",
            "jesus", "christmas", "easter", "thanksgiving", "sunday", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "english", "american", "ok", "okay", "tv", "us", "usa",
            "am", "pm", "a.m.", "p.m.", "mr", "mrs", "ms", "dr", "oh", "yes", "no", "hello", "hi", "dear", "mom",
            "dad", "grandma", "grandpa", "co", "co.", "ii", "iii", "iv", "rotc", "ymca", "ywca", "fbi", "gi", "u.s.", "n.y.", "ny");
    static final Map<String, Character> TITLES = Map.of("mr", 'M', "mr.", 'M', "mrs", 'F', "mrs.", 'F',
            "miss", 'F', "ms", 'F', "ms.", 'F', "dr", 'I', "dr.", 'I');
    static final Set<String> HE = set("he", "him", "his", "himself");
    static final Set<String> SHE = set("she", "her", "hers", "herself");
    static final Set<String> THEY = set("they", "them", "their", "theirs", "themselves");
    static final String[] KNOWN_CUES = cues("i know", "i knew", "i go with", "i went with", "i date",
            "i dated", "i had dated", "i have dated", "i used to", "i had worked", "i worked", "i had known",
            "i've known", "i have known", "i had met", "i recognized", "from school", "at school", "in my class",
            "our dorm", "the dorm", "my dorm", "friend of", "i'm going with", "i am going with", "who lives",
            "resides", "i had gone", "i was going with", "lives in", "lives next", "i used", "goes with",
            "i've dated", "i go out with", "i went out with", "i work", "from work", "my class", "i have met",
            "i had seen", "i've met", "we know", "i'm dating", "i am dating", "i was dating", "whom i", "that i had",
            "from home", "back home", "at home", "i had gone with", "i grew up", "dorm", "graduated",
            "i had gone to", "i go to school", "my friend", "i'm friendly", "i am friendly", "was my ", "is my ",
            "been my ", "worked for", "on campus", "from college", "been dating", "know him", "know her",
            "knew him", "knew her", "known him", "known her", "used to date", "i associate", "my own age",
            "from my ", "of mine", "we used", "i had gone out", "i went to school", "who i had", "i had for",
            "i had in", "we both had", "we had in", "i had had");
    static final String[] STRANGER_CUES = cues("didn't know", "did not know", "don't know who",
            "never seen", "never met", "unknown to me", "stranger", "whom i did not", "whom i didn't",
            "i had never", "i've never", "i have never", "not know");
    /** Cues after "the boy" that he is the dreamer's steady: "the boy I go with", "the fellow I'm pinned to". */
    static final String[] PARTNER_CUES = cues("i go with", "i 'm going with", "i am going with", "i was going with",
            "i go steady with", "i 'm dating", "i am dating", "i was dating", "i date", "i 'm pinned to", "i am pinned to",
            "i 'm engaged to", "i am engaged to");
    /** Words for the dreamer's steady. */
    static final Set<String> PARTNER_WORDS = set("boyfriend", "fiance", "fiancé");
    /** Cues that the dreamer is unsure who someone was (HVdC "uncertain"); checked before the known cues. */
    static final String[] UNCERTAIN_CUES = cues("can't recall", "cannot recall", "couldn't recall", "don't recall",
            "do not recall", "couldn't quite recognize", "couldn't recognize", "could not recognize", "can't remember",
            "cannot remember", "couldn't remember", "don't remember", "do not remember", "none of whom",
            "not sure who", "couldn't tell who", "can't place", "couldn't place");
    /** Cues that the dreamer cannot place someone: with them "whom I ..." does not make a teacher known. */
    static final String[] UNPLACED_CUES = cues("didn't know", "did not know", "never met", "never seen",
            "can't recall", "cannot recall", "couldn't recall", "can't remember", "cannot remember", "don't know",
            "heard of");
    static final Set<String> APPOSITION_GAP = set(",", "(", ")", "-", "--", "m", "f", "of", "mine",
            "named", "called", "m.", "f.", "ours", ";", "age", "aged");
    static final Set<String> GENERIC = set("man", "gentleman", "fellow", "guy", "boy", "fella", "woman",
            "lady", "girl", "person", "individual", "figure", "stranger");
    static final Set<String> PEER_GROUPS = set("girls", "boys", "fellows", "guys", "kids", "gang");
    static final Set<String> FUNCTION_WORDS = set("and", "or", "but", "with", "of", "to", "in", "on", "at",
            "for", "from", "by", "about", "into", "that", "which", "who", "whom", "i", "we", "you", "he", "she",
            "they", "it", "me", "us", "him", "them", "not", "then", "when", "than", "so", "if", "while", "where",
            "saw", "see", "met", "had", "have", "has", "did", "do", "said", "told", "asked", "there", "here",
            "just", "only", "very", "also", "even", "still", "up", "down", "out", "over", "under", "after", "before");
    static final Set<String> PRE_KNOWN = set("dorm", "dormitory", "neighborhood", "sorority", "school",
            "class", "college", "office", "church", "club", "house", "fraternity", "old-time", "familiar");
    /** Subjects of "X was a woman" that introduce the character rather than describe someone known. */
    static final Set<String> INTRODUCING = set("there", "it", "this", "that", "here", "see", "saw");
    static final Set<String> GENERIC_PLURAL = set("people", "persons", "men", "women", "girls", "boys",
            "individuals", "figures", "fellows", "guys", "kids", "children");
    static final Set<String> PREDICATE_ADVERBS = set("just", "only", "merely", "still", "also", "now",
            "really", "actually", "then", "not", "never", "always");
    static final Set<String> INTENSIFIERS = set("very", "so", "really", "quite", "rather", "such", "only",
            "most", "pretty", "too", "fairly", "extremely");
    static final Set<String> CLOSED_CLASS = set("what", "this", "that", "these", "those", "you", "we",
            "they", "he", "she", "it", "say", "well", "yes", "no", "oh", "why", "how", "when", "where", "who",
            "which", "there", "here", "then", "now", "please", "thanks", "hey", "let", "do", "co", "co.", "inc",
            "inc.", "ltd", "bros", "mickey", "donald", "walt", "mt", "mt.", "ft", "ft.", "los", "las", "san",
            "santa", "el", "la", "le", "de", "du", "van", "von", "st", "st.", "ave", "ave.");
    static final Set<String> PERSON_VERBS = set("said", "says", "told", "asked", "came", "went", "was",
            "is", "and", "who", "had", "has", "would", "could", "wanted", "looked", "laughed", "smiled", "called",
            "answered", "replied", "walked", "ran", "sat", "stood", "started", "began", "kept", "did",
            "seemed", "knew", "thought", "drove", "gave", "took", "got", "left", "arrived", "'s");
    static final Set<String> ANAPHORIC = set("person", "individual", "figure");
}
