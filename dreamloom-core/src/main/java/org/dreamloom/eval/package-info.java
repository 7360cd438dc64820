/**
 * Measuring coding accuracy against human-coded cards: {@link org.dreamloom.eval.Scorer} (the metrics of
 * {@code tools/hvdc_score.py}, same numbers, same table, same JSON), {@link org.dreamloom.eval.GoldSplit} (the fixed
 * development / held-out split of the gold set), {@link org.dreamloom.eval.BatchCoder} (parallel coding in input
 * order) and {@link org.dreamloom.eval.CardFile} (lenient card JSONL reading).
 */
package org.dreamloom.eval;
