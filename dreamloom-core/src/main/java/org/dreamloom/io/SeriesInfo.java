package org.dreamloom.io;

import java.util.Map;

/**
 * What an archive says about a dream series as a whole (a DreamBank {@code <series>.json}).
 *
 * @param name     the short name, e.g. {@code izzy0}
 * @param longName the descriptive name, e.g. {@code Izzy, uncertain dates}
 * @param dreamer  the dreamer (or group) the series belongs to
 * @param sex      female, male, or empty
 * @param metadata further fields (timeframe, description, n_dreams)
 */
public record SeriesInfo(String name, String longName, String dreamer, String sex, Map<String, String> metadata) {
    public SeriesInfo {
        metadata = Map.copyOf(metadata);
    }
}
