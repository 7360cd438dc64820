/** Dream-level labels beyond the HVdC card (nightmare, lucid), each with a score and evidence; see {@link org.dreamloom.coding.labels.DreamLabeler}. */
package org.dreamloom.coding.labels;
