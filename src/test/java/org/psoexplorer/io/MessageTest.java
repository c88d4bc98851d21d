package org.psoexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A message is worded when shown, each of its parts in the same language. */
class MessageTest {

    @Test
    void aPhraseInsideASentenceIsWordedInTheSameLanguage() {
        Message m = Message.of("syntax.missingComma", Message.of("character.closingBrace"));

        assertThat(m.format()).isEqualTo("A comma is missing before the closing brace }");
        assertThat(m.format(Locale.FRENCH)).isEqualTo("Il manque une virgule avant l’accolade fermante }");
    }

    @Test
    void joinedItemsAreEachWorded() {
        Message between = Message.of("step.hint.between", Message.Joined.bySemicolons(List.of(
                Message.of("relation.named", "a", "b", "c"), Message.of("relation.named", "d", "e", "f"))));

        assertThat(between.format()).isEqualTo("Between these concepts the taxonomy has: \"a\" from \"b\" to \"c\"; "
                + "\"d\" from \"e\" to \"f\"");
        assertThat(between.format(Locale.FRENCH)).isEqualTo("Entre ces concepts, la taxonomie a : « a » de « b » vers "
                + "« c » ; « d » de « e » vers « f »");
    }

    @Test
    void aLongTextIsCutAndSaysItsLengthInTheReadersWords() {
        Object cut = Excerpt.of("x".repeat(1_000_000));

        assertThat(Message.of("value.literal", cut).format()).isEqualTo("x".repeat(80) + "… (1,000,000 characters)");
        assertThat(Message.of("value.literal", cut).format(Locale.FRENCH))
                .startsWith("x".repeat(80) + "… (1").endsWith("000 caractères)");
        assertThat(Excerpt.of("short")).isEqualTo("short");
    }

    @Test
    void aMissingTextIsWrittenNullAsBefore() {
        assertThat(Message.of("concept.alone", (Object) null).format()).isEqualTo("The concept \"null\" has no relation");
    }

    @Test
    void onlyTextNumbersAndMessagesAreArguments() {
        assertThatThrownBy(() -> Message.of("value.literal", new Object())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyTheBundlesLackShowsItselfRatherThanLosingTheProblem() {
        assertThat(Message.of("no.such.key", "x").format(Locale.FRENCH)).isEqualTo("no.such.key [x]");
    }
}
