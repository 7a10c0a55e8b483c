package org.mallcrm.adapters.http.web.console;

import java.util.List;

/**
 * A record's page: a result line (after an action), its facts as label and value (each value may link and carries a
 * stable field code for tests), sections of tables, and the actions the viewer may take, each a form posting to its
 * own address (with the CSRF token), a box to tick first when it cannot be undone.
 */
public record DetailView(String code, String done, List<String> errors, List<Fact> facts, List<Section> sections,
        List<Action> actions) {

    public DetailView {
        errors = List.copyOf(errors);
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
        actions = List.copyOf(actions);
    }

    /** One fact: a label, its value (a link when {@code href} is set) and a stable code. */
    public record Fact(String field, String label, String value, String href) {

        public static Fact of(String field, String label, String value) {
            return new Fact(field, label, value, null);
        }
    }

    /** A titled table, with a stable code. */
    public record Section(String code, String title, TableView table) {
    }

    /** A button that posts to {@code href}; {@code confirm} (null: none) is a statement the viewer ticks first. */
    public record Action(String code, String label, String href, String confirm) {
    }
}
