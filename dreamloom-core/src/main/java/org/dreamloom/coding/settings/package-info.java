/** Setting coding: one location (I/O/A) and familiarity (F/D/G/U/Q) code per scene, with scene changes detected. */
package org.dreamloom.coding.settings;
