package org.psoexplorer.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits the free-text {@code author} of a source ("Mats Berdal and David H. Ucko", "Cedric de
 * Coning, Chiyuki Aoi and John Karlsrud (eds)") into people, because citation styles invert and
 * abbreviate names and so must know the family name.
 */
final class PersonNames {

    private static final Pattern EDITORS = Pattern.compile("\\s*\\((eds?\\.?|dir\\.?|éds?\\.?)\\)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROLE = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,\\s*and\\s+|\\s+and\\s+|\\s+et\\s+|\\s*&\\s*|\\s*;\\s*|\\s*,\\s*)");

    /** One person: given names, a lowercase particle ("de", "van der") and the family name. */
    record Person(String given, String particle, String family) {
    }

    /** The people named, and whether they are editors rather than authors. */
    record Names(List<Person> people, boolean editors) {
    }

    private PersonNames() {
    }

    static Names parse(String author) {
        String text = author.strip();
        boolean editors = false;
        var m = EDITORS.matcher(text);
        if (m.find()) {
            editors = true;
            text = text.substring(0, m.start()).strip();
        }
        // Other parentheticals are roles ("(cluster coordinator)"), not part of anyone's name.
        text = ROLE.matcher(text).replaceAll(" ").strip();
        List<Person> people = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            if (!part.isBlank()) {
                people.add(person(part.strip()));
            }
        }
        return new Names(List.copyOf(people), editors);
    }

    private static Person person(String name) {
        String[] words = name.split("\\s+");
        if (words.length == 1) {
            return new Person(null, null, words[0]);
        }
        int familyStart = words.length - 1;
        // Lowercase words just before the family name are particles: "de Coning", "van der Lijn".
        while (familyStart > 1 && isParticle(words[familyStart - 1])) {
            familyStart--;
        }
        String given = String.join(" ", List.of(words).subList(0, familyStart));
        List<String> rest = List.of(words).subList(familyStart, words.length);
        String particle = rest.size() > 1 ? String.join(" ", rest.subList(0, rest.size() - 1)) : null;
        return new Person(given, particle, rest.get(rest.size() - 1));
    }

    private static boolean isParticle(String word) {
        return !word.isEmpty() && word.equals(word.toLowerCase(Locale.ROOT)) && Character.isLetter(word.charAt(0));
    }
}
