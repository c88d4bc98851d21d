package org.psoexplorer.edit;

import org.psoexplorer.model.Concept;
import org.psoexplorer.model.LocalizedText;
import org.psoexplorer.model.Quote;
import org.psoexplorer.model.Relation;

import java.util.List;
import java.util.Map;

/** A small taxonomy with every kind of entry, a tour, a view and the author's own x- fields. */
final class Fixture {

    static final String TEXT = """
            {
                "$schema": "../taxonomy.schema.json",
                "format": "pso-taxonomy/1",
                "title": {"en": "Fixture", "fr": "Jeu d’essai"},
                "defaultLanguage": "en",
                "sources": [
                    {
                        "id": "agenda",
                        "type": "un-document",
                        "title": "An Agenda for Peace",
                        "year": 1992,
                        "x-note": "kept"
                    },
                    {
                        "id": "capstone",
                        "type": "doctrine",
                        "title": "Capstone Doctrine",
                        "year": 2008
                    }
                ],
                "kinds": [
                    {"id": "operation", "label": {"en": "Operation", "fr": "Opération"}, "shape": "rounded"},
                    {"id": "principle", "label": {"en": "Principle", "fr": "Principe"}}
                ],
                "relationTypes": [
                    {"id": "kind-of", "label": "is a kind of", "directed": true, "hierarchical": true},
                    {"id": "guided-by", "label": "is guided by", "directed": true, "hierarchical": false}
                ],
                "concepts": [
                    {
                        "id": "pso",
                        "kind": "operation",
                        "label": {"en": "Peace support operation", "fr": "Opération de soutien de la paix"},
                        "definition": "An umbrella term.",
                        "x-review": "2024"
                    },
                    {
                        "id": "peacekeeping",
                        "kind": "operation",
                        "label": "Peacekeeping",
                        "definition": "Keeping a peace.",
                        "quotes": [
                            {"text": "Peace-keeping is the deployment of a United Nations presence in the field", "source": "agenda", "locator": "para. 20"}
                        ]
                    },
                    {
                        "id": "consent",
                        "kind": "principle",
                        "label": "Consent",
                        "definition": "The parties agree."
                    }
                ],
                "relations": [
                    {"from": "peacekeeping", "type": "kind-of", "to": "pso", "sources": ["agenda"]},
                    {"from": "peacekeeping", "type": "guided-by", "to": "consent", "sources": ["capstone"], "x-weight": 2}
                ],
                "tours": [
                    {
                        "id": "basics",
                        "title": "Basics",
                        "steps": [
                            {
                                "concepts": ["peacekeeping", "consent"],
                                "focus": "peacekeeping",
                                "relations": [{"from": "peacekeeping", "type": "guided-by", "to": "consent"}],
                                "caption": "Peacekeeping rests on consent.",
                                "sources": ["capstone"],
                                "view": "week-1"
                            }
                        ]
                    }
                ],
                "views": [
                    {
                        "id": "week-1",
                        "label": "Week 1",
                        "layout": "force",
                        "hiddenKinds": ["principle"],
                        "onlySource": "agenda",
                        "positions": {
                            "pso": {"x": 100, "y": 50},
                            "peacekeeping": {"x": 300.5, "y": 50}
                        }
                    }
                ]
            }
            """;

    private Fixture() {
    }

    static TaxonomyEditor editor() {
        try {
            return TaxonomyEditor.open(null, "fixture.json", TEXT);
        } catch (CannotEditException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static Concept concept(String id, String kind, String label) {
        return new Concept(id, kind, LocalizedText.of("en", label), List.of(), LocalizedText.of("en", "Defined."),
                List.of(), null, LocalizedText.EMPTY);
    }

    static Relation relation(String from, String type, String to, String source) {
        return new Relation(from, type, to, List.of(source), null, LocalizedText.EMPTY, null, null);
    }

    static Quote quote(String source) {
        return new Quote("A passage.", source, "p. 1", null);
    }

    static Map<String, String> labels(String en, String fr) {
        return Map.of("en", en, "fr", fr);
    }
}
