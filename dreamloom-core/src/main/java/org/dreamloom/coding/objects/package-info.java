/** Object coding: HVdC object classes (body parts first) from a noun lexicon with a memoised WordNet fallback. */
package org.dreamloom.coding.objects;
