package org.psoexplorer.io;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A sentence the core says to the user, kept as a key of the core's bundle
 * ({@code org/psoexplorer/io/problems.properties}, French in {@code problems_fr.properties}) and its
 * arguments, and worded only when shown: in English for the command line and its JSON, in the
 * window's language in the window.
 *
 * <p>An argument is one of:
 * <ul>
 *   <li>a {@link String}: text from the file or the system (an id, a key, a path, a parser's words),
 *       put in as it is, whatever braces or apostrophes it holds: it is never part of the pattern;</li>
 *   <li>a {@link Number}: formatted as the pattern says ({@code {0,number,integer}}) in the locale;</li>
 *   <li>another {@code Message}: a phrase worded in the same locale, such as "the closing brace }";</li>
 *   <li>a {@link Joined}: several of these, worded and joined.</li>
 * </ul>
 * Each key is a whole sentence (or a whole phrase an argument stands for), so that a translation can
 * put the arguments where its grammar wants them.
 *
 * @param key  the key in the bundle
 * @param args the arguments, by the index the patterns give them
 */
public record Message(String key, List<Object> args) {

    static final String BUNDLE = "org.psoexplorer.io.problems";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public Message {
        Objects.requireNonNull(key, "key");
        for (Object a : args) {
            if (!(a instanceof String || a instanceof Number || a instanceof Message || a instanceof Joined)) {
                throw new IllegalArgumentException("Argument of " + key + " is neither text, number nor message: " + a);
            }
        }
        args = List.copyOf(args);
    }

    /**
     * A message with these arguments; {@code null} becomes the text "null", as string concatenation
     * wrote it before messages had keys (an entry without an id still gets its message).
     */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.stream(args).map(a -> a == null ? "null" : a).toList());
    }

    /**
     * Items worded one by one and joined, as one argument. The separator is text (an arrow, the
     * same in every language) or a message ("; " is " ; " in French).
     */
    public record Joined(Object separator, List<Object> items) {

        public Joined {
            if (!(separator instanceof String || separator instanceof Message)) {
                throw new IllegalArgumentException("A separator is text or a message: " + separator);
            }
            items = List.copyOf(items);
        }

        /** Items separated by semicolons, as the reader's language writes them. */
        static Joined bySemicolons(List<Object> items) {
            return new Joined(Message.of("list.semicolon"), items);
        }

        String format(Locale locale) {
            List<String> out = new ArrayList<>(items.size());
            for (Object item : items) {
                out.add(String.valueOf(worded(item, locale)));
            }
            return String.join(String.valueOf(worded(separator, locale)), out);
        }
    }

    /** The English text: what the command line prints and the tests read. */
    public String format() {
        return format(Locale.ROOT);
    }

    /**
     * The text in {@code locale}'s language where the core has words for it (English and French),
     * otherwise in English. The machine's own language plays no part: English asked on a French
     * machine stays English.
     */
    public String format(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        Object[] worded = new Object[args.size()];
        for (int i = 0; i < worded.length; i++) {
            worded[i] = worded(args.get(i), locale);
        }
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // A key the bundles lack (the bundle tests forbid it) shows itself rather than losing the problem.
            return key + (args.isEmpty() ? "" : " " + Arrays.toString(worded));
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(worded);
    }

    private static Object worded(Object arg, Locale locale) {
        if (arg instanceof Message m) {
            return m.format(locale);
        }
        if (arg instanceof Joined j) {
            return j.format(locale);
        }
        return arg;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale, NO_FALLBACK);
    }

    @Override
    public String toString() {
        return format();
    }
}
