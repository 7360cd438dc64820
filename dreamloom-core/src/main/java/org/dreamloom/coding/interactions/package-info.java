/** Social interaction coding: aggression (1–8), friendliness (1–7) and sexuality (1–5) with initiator, type and target. */
package org.dreamloom.coding.interactions;
