package org.psoexplorer.ui.edit;

import org.psoexplorer.model.Source;

/** What a form asks of the window around it: dialogs and confirmations that need a stage. */
public interface EditActions {

    /** Asks for a new concept's id, label and kind, adds it and selects it. */
    void addConcept();

    /** Deletes a concept after confirming what depends on it. */
    void deleteConcept(String id);

    /** Creates a source (form or pasted reference) and gives it back, already added; null when cancelled. */
    Source newSource();

    /** Opens the relation form: a new relation from {@code from} when {@code index} is negative. */
    void editRelation(int index, String from);

    /** Deletes a relation after confirming. */
    void deleteRelation(int index);
}
