package org.dreamloom.library.threads;

import java.util.List;
import java.util.Locale;
import org.dreamloom.library.search.Json;

/** JSON forms of similar dreams, themes and threads, for {@code --json} output and the HTTP API. */
public final class ThreadsJson {
    private ThreadsJson() {}

    /** {@code {"id": N, "similar": [{"id", "dreamer", "date", "score", "cosine", "reasons": [{"kind", "detail", "weight"}]}]}}. */
    public static String similar(long id, List<SimilarDream> similar) {
        Json j = new Json().begin().key("id").value(id).key("similar");
        links(j, similar);
        return j.end().toString();
    }

    /** {@code {"dreamer", "dreams", "themes": [{"number", "label", "terms", "first", "last", "coherence", "dreams": [{"id", "date", "cosine"}]}]}}. */
    public static String themes(DreamerThemes t) {
        Json j = new Json().begin().key("dreamer").value(t.dreamer()).key("dreams").value(t.dreams()).key("themes").beginArray();
        t.themes().forEach(th -> theme(j, th));
        return j.endArray().end().toString();
    }

    /** {@code {"id", "dreamer", "theme", "earlier", "later", "others"}}. */
    public static String thread(DreamThread t) {
        Json j = new Json().begin().key("id").value(t.id()).key("dreamer").value(t.dreamer()).key("theme");
        if (t.theme() == null) {
            j.value((String) null);
        } else {
            theme(j, t.theme());
        }
        j.key("earlier");
        links(j, t.earlier());
        j.key("later");
        links(j, t.later());
        j.key("others");
        links(j, t.others());
        return j.end().toString();
    }

    private static void theme(Json j, Theme th) {
        j.begin().key("number").value(th.number()).key("label").value(th.label()).key("terms").beginArray();
        th.terms().forEach(j::value);
        j.endArray().key("first").value(th.first() == null ? null : th.first().toString())
                .key("last").value(th.last() == null ? null : th.last().toString())
                .key("coherence").value(th.coherence()).key("dreams").beginArray();
        for (Theme.Member m : th.dreams()) {
            j.begin().key("id").value(m.id()).key("date").value(m.date() == null ? null : m.date().toString())
                    .key("cosine").value(m.cosine()).end();
        }
        j.endArray().end();
    }

    private static void links(Json j, List<SimilarDream> links) {
        j.beginArray();
        for (SimilarDream s : links) {
            j.begin().key("id").value(s.id()).key("dreamer").value(s.dreamer())
                    .key("date").value(s.date() == null ? null : s.date().toString())
                    .key("score").value(s.score()).key("cosine").value(s.cosine()).key("reasons").beginArray();
            for (Reason r : s.reasons()) {
                j.begin().key("kind").value(r.kind().name().toLowerCase(Locale.ROOT)).key("detail").value(r.detail())
                        .key("weight").value(r.weight()).end();
            }
            j.endArray().end();
        }
        j.endArray();
    }
}
