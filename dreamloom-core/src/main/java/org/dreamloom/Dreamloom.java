package org.dreamloom;

import org.dreamloom.coding.Card;
import org.dreamloom.coding.CodingPipeline;
import org.dreamloom.coding.StandardCoders;
import org.dreamloom.coding.characters.CharacterCoder;

/** The front door of Dreamloom as a plain Java library: code one dream report in the Hall/Van de Castle system. */
public final class Dreamloom {
    private Dreamloom() {
    }

    /**
     * Codes one report from its text alone.
     *
     * @param series copied onto the card
     * @param number copied onto the card
     * @param report the dream report
     * @return the predicted card (activities and modifiers are not coded yet and stay empty)
     */
    public static Card code(String series, String number, String report) {
        return pipeline().code(series, number, report);
    }

    /**
     * The process-wide coding pipeline: characters first, then the coders that read them (interactions, settings,
     * objects, outcomes, emotions). Built on first use — the models load once, about a second — and safe to share
     * between threads; its {@link CodingPipeline#stageNanos()} tells where the time goes.
     */
    public static CodingPipeline pipeline() {
        return PipelineHolder.PIPELINE;
    }

    /** Lazy, thread-safe initialisation by the class loader (initialisation-on-demand holder). */
    private static final class PipelineHolder {
        static final CodingPipeline PIPELINE = build();

        private static CodingPipeline build() {
            CodingPipeline.Builder builder = CodingPipeline.builder().add(new CharacterCoder());
            StandardCoders.rest().forEach(builder::add);
            return builder.build();
        }
    }

    /** The version of the process-wide pipeline's coders, the key under which a library stores its cards. */
    public static String coderVersion() {
        return pipeline().version();
    }

    /** Codes one report that belongs to no series. */
    public static Card code(String report) {
        return code("", "", report);
    }
}
