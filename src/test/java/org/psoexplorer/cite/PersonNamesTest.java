package org.psoexplorer.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.psoexplorer.cite.PersonNames.Person;

class PersonNamesTest {

    @Test
    void splitsOnAndAndCommasAndKeepsParticles() {
        PersonNames.Names n = PersonNames.parse("Cedric de Coning, Chiyuki Aoi and John Karlsrud (eds)");
        assertThat(n.editors()).isTrue();
        assertThat(n.people()).containsExactly(new Person("Cedric", "de", "Coning"), new Person("Chiyuki", null, "Aoi"),
                new Person("John", null, "Karlsrud"));
    }

    @Test
    void aRoleInParenthesesIsNotPartOfTheName() {
        PersonNames.Names n = PersonNames.parse("Bruno Charbonneau (cluster coordinator)");
        assertThat(n.editors()).isFalse();
        assertThat(n.people()).containsExactly(new Person("Bruno", null, "Charbonneau"));
    }

    @Test
    void aSingleWordIsAFamilyName() {
        assertThat(PersonNames.parse("Gray-Briggs and MacIver").people())
                .containsExactly(new Person(null, null, "Gray-Briggs"), new Person(null, null, "MacIver"));
    }
}
