/**
 * Editing a taxonomy: immutable {@link org.psoexplorer.edit.Edit} commands, the
 * {@link org.psoexplorer.edit.TaxonomyEditor} that applies them with undo, redo and validation, and
 * the writer that saves only what changed, keeping the rest of the file byte for byte. Pure Java: the
 * window's edit mode is built on it, and it is tested without one.
 */
package org.psoexplorer.edit;
