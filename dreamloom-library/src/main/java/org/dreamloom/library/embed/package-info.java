/**
 * Sentence embeddings: the {@link org.dreamloom.library.embed.Embedder} interface, the MiniLM model run
 * in-process ({@link org.dreamloom.library.embed.MiniLmEmbedder}, one instance per worker thread via
 * {@link org.dreamloom.library.embed.PooledEmbedder}), a deterministic fake for tests
 * ({@link org.dreamloom.library.embed.HashingEmbedder}), and chunking of long reports to the model's
 * 256-word-piece window ({@link org.dreamloom.library.embed.Chunker}).
 */
package org.dreamloom.library.embed;
