/** Outcome coding: misfortune M1–M6, good fortune, success and failure, with the character involved. */
package org.dreamloom.coding.outcomes;
