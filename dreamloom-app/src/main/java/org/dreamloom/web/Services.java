package org.dreamloom.web;

import java.util.List;
import org.dreamloom.Dreamloom;
import org.dreamloom.coding.Card;
import org.dreamloom.coding.Category;
import org.dreamloom.coding.CodedItem;
import org.dreamloom.library.store.DreamStore;
import org.dreamloom.library.store.StoredCoding;
import org.dreamloom.library.store.StoredDream;
import org.dreamloom.report.Dream;

/** What the controllers share: the store and the coding of dreams (stored cards first, the coder otherwise). */
final class Services {
    /** The coder version recorded when the coder's card names none (an empty card). */
    static final String DEFAULT_CODER = "dreamloom";

    final DreamStore store;
    final Search search;
    /** Saves of new dreams, committed in groups. */
    final SaveBatcher saves;
    /** State-changing requests answered so far (cached answers made before one are stale). */
    private final java.util.concurrent.atomic.AtomicLong writes = new java.util.concurrent.atomic.AtomicLong();

    Services(DreamStore store, Search search) {
        this.store = store;
        this.search = search;
        this.saves = new SaveBatcher(store);
    }

    /** How many state-changing requests the web app has answered (or failed) so far. */
    long writes() {
        return writes.get();
    }

    /** Counts a state-changing request: called when it ends, whether it succeeded or not. */
    void wrote() {
        writes.incrementAndGet();
    }

    /**
     * The card to show for a dream: the latest stored machine coding, else a human card, else a fresh coding by
     * {@link Dreamloom#code}, stored when the viewer owns the dream.
     */
    Card cardFor(long viewer, StoredDream s) {
        List<StoredCoding> codings = store.codingsFor(viewer, s.id());
        StoredCoding machine = null;
        StoredCoding human = null;
        for (StoredCoding c : codings) {
            if (c.coderVersion().equals(DreamStore.HUMAN_CODER)) {
                human = c;
            } else {
                machine = c;
            }
        }
        if (machine != null) {
            return withReport(machine.card(), s.dream().text());
        }
        if (human != null) {
            return withReport(human.card(), s.dream().text());
        }
        Card card = code(s.id(), s.dream());
        if (store.owns(viewer, s.id())) {
            store.saveCoding(s.id(), coderVersion(card), card);
            search.indexLater(s, card);
        }
        return card;
    }

    /**
     * The background worker's card for a dream its owner wrote: the machine coding stored meanwhile (its page may
     * have been asked for first), else a fresh coding, stored.
     */
    static Card storedOrCoded(DreamStore store, long owner, StoredDream s) {
        StoredCoding machine = null;
        for (StoredCoding c : store.codingsFor(owner, s.id())) {
            if (!c.coderVersion().equals(DreamStore.HUMAN_CODER)) {
                machine = c;
            }
        }
        if (machine != null) {
            return withReport(machine.card(), s.dream().text());
        }
        Card card = code(s.id(), s.dream());
        // an edit while this was coding has stored its own card: do not put one of the old text after it
        boolean unchanged = store.find(owner, s.id()).map(now -> now.dream().text().equals(s.dream().text()))
                .orElse(false);
        if (unchanged) {
            store.saveCoding(s.id(), coderVersion(card), card);
        }
        return card;
    }

    /** Codes a dream the owner just changed, stores the card and queues the dream for the index. */
    Card codeAndStore(long owner, StoredDream s) {
        Card card = code(s.id(), s.dream());
        store.saveCoding(s.id(), coderVersion(card), card);
        search.indexLater(s, card);
        return card;
    }

    static Card code(long id, Dream d) {
        return Dreamloom.code(d.series(), String.valueOf(id), d.text());
    }

    private static Card withReport(Card c, String text) {
        return new Card(c.series(), c.number(), text, c.codes());
    }

    /**
     * The coder version a card was made by, for the codings table: the distinct coders of its items joined with
     * '+' (e.g. {@code characters@1+emotions@1}), or {@link #DEFAULT_CODER} for a card without codes.
     */
    static String coderVersion(Card card) {
        java.util.TreeSet<String> coders = new java.util.TreeSet<>();
        for (Category c : Category.values()) {
            for (CodedItem item : card.items(c)) {
                coders.add(item.coder());
            }
        }
        String v = coders.isEmpty() ? DEFAULT_CODER : String.join("+", coders);
        return v.length() > 200 ? v.substring(0, 200) : v;
    }
}
