/**
 * Links between dreams: {@link org.dreamloom.library.threads.Threads} finds similar dreams with their reasons
 * (meaning, shared symbols, characters, emotions), a dreamer's recurring themes over time, and the threads
 * through one dream; all through the search index, so privacy holds. JSON forms in
 * {@link org.dreamloom.library.threads.ThreadsJson}.
 */
package org.dreamloom.library.threads;
