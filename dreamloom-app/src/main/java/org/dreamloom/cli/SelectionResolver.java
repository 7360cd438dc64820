package org.dreamloom.cli;

import java.util.Optional;

/**
 * Turns a SELECTION argument (a card file, {@code dreamer:NAME}, {@code series:NAME}, {@code date:FROM..TO},
 * {@code query:TEXT}) into cards. Each kind of selection is one resolver; {@link Selections} asks them in turn, so
 * the library's store and search plug in later as further resolvers.
 */
public interface SelectionResolver {
    /**
     * The selection {@code spec} names, coded as asked, or empty when this resolver does not handle such specs.
     *
     * @throws SelectionException when the spec is this resolver's but cannot be resolved (missing file, ...)
     */
    Optional<Selection> resolve(String spec, CodeSource codes) throws SelectionException;
}
