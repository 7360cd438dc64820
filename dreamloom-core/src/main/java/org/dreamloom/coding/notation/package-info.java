/**
 * The DreamBank spelling of Hall/Van de Castle codes: one immutable record per kind of code, each with a strict
 * {@code parse} that names the code and what is wrong, and a {@code format} that gives the canonical spelling.
 *
 * <p>{@link org.dreamloom.coding.notation.Notation#parse} dispatches on the card category. Canonical spelling is the
 * majority spelling of the women's norms cards: one space between the parts of interactions and activities,
 * {@code " + "} between group members, no space around the comma of emotions and outcomes. All 9,896 codes of those
 * cards parse and round-trip; the 11 that are not canonical differ only in the spacing around {@code +}. Activities
 * and modifiers are parsed leniently (unknown letters and parties are kept), the other categories strictly.
 */
package org.dreamloom.coding.notation;
