package org.psoexplorer.model;

/**
 * A type of relation between concepts.
 *
 * @param inverseLabel how the relation reads from its target ("has kind" for "is a kind of");
 *                     empty when the file gives none
 * @param hierarchical whether it orders concepts into a hierarchy (must then be acyclic)
 * @param contested    whether relations of this type are disputed in the literature by default
 */
public record RelationType(String id, LocalizedText label, LocalizedText inverseLabel, boolean directed,
                           boolean hierarchical, boolean contested) {
}
