package org.dreamloom.cli;

import java.util.Optional;

/**
 * Recognises the selections that need the library (dreamer, series, date range, search query) and says they are
 * not available yet, instead of failing on them as missing files. Replaced by real resolvers when the library's
 * store and search land.
 */
public final class PlannedSelectionResolver implements SelectionResolver {
    /** The prefixes of the library selections. */
    public static final String[] PREFIXES = {"dreamer:", "series:", "date:", "query:"};

    @Override
    public Optional<Selection> resolve(String spec, CodeSource codes) throws SelectionException {
        for (String prefix : PREFIXES) {
            if (spec.startsWith(prefix)) {
                throw new SelectionException("'" + prefix + "' selections are not available yet: they need the dream"
                        + " library (store and search), which is not part of this build; give a card JSONL file"
                        + " instead", ExitCodes.USAGE);
            }
        }
        return Optional.empty();
    }
}
