package io.broadsheet.format.pressnote.internal;

import io.broadsheet.Contact;
import io.broadsheet.spi.Block;
import io.broadsheet.spi.DatelineParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads press-contact blocks: a name line, a role line, then phone numbers and e-mail addresses, repeated for
 * each contact.
 *
 * <pre>
 * Peter Stano
 * Lead Spokesperson for Foreign Affairs and Security Policy
 * +32 (0)460 75 45 53
 * </pre>
 *
 * Lines may carry labels ({@code Phone number:}, {@code Mobile:}, {@code E-mail:}); an HTML contact card read
 * as one line separates its parts with runs of spaces, which split it the same way. Phone numbers are kept as
 * written, without a trailing office tag such as {@code (BXL)}. Stateless and thread-safe.
 */
public final class ContactReader {

    /** Segments of a contact block are short; a longer one is prose. */
    static final int MAX_SEGMENT = 120;
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_PHONE = 40;
    private static final int MIN_PHONE_DIGITS = 7;

    private static final List<String> PHONE_LABELS = List.of("phone number", "mobile number", "telephone", "phone",
            "mobile", "tel.", "tel", "mob.", "mob", "gsm", "cell", "t.", "t", "m.", "m", "direct line", "office");
    private static final List<String> EMAIL_LABELS = List.of("e-mail address", "e-mail", "email", "mail", "e");
    private static final List<String> SKIPPED_LABELS = List.of("contact data", "contact details", "contacts",
            "contact", "press contacts", "press contact", "media contacts", "media contact", "twitter", "x",
            "fax", "facsimile", "web", "website", "linkedin", "follow");
    /** Words of roles and office names, never of a person's name. */
    private static final Set<String> ROLE_WORDS = Set.of("press", "officer", "spokesperson", "spokesman",
            "spokeswoman", "spokespersons", "head", "unit", "adviser", "advisor", "communication", "communications",
            "media", "policy", "service", "office", "team", "relations", "information", "department", "director",
            "assistant", "coordinator", "manager", "secretary", "chief", "deputy", "lead", "senior", "junior",
            "attaché", "attache", "counsellor", "for", "and", "of", "the", "to", "on", "desk", "commission", "union",
            "parliament", "council", "affairs", "security", "foreign", "general", "delegation", "representation",
            "directorate", "inc", "inc.", "ltd", "gmbh", "association", "agency", "news");

    private ContactReader() {
    }

    /** What a segment of a contact block is. */
    enum Kind { NAME, ROLE, PHONE, EMAIL, SKIP }

    /**
     * @param blocks the blocks of a contact section, in order
     * @return the contacts they list; a person needs a name and a phone number or e-mail address to count
     */
    public static List<Contact> read(List<Block> blocks) {
        List<Contact> contacts = new ArrayList<>();
        Draft draft = null;
        for (Block block : blocks) {
            for (String segment : segments(block)) {
                draft = take(segment, draft, contacts);
            }
        }
        finish(draft, contacts);
        return contacts;
    }

    /**
     * Says whether a block looks like press contacts: every segment is short, and it holds a name and a phone
     * number or e-mail address.
     *
     * @param block a block
     * @return {@code true} for a contact block
     */
    public static boolean isContactBlock(Block block) {
        boolean name = false;
        boolean reach = false;
        for (String segment : segments(block)) {
            if (segment.length() > MAX_SEGMENT) {
                return false;
            }
            Kind kind = classify(segment).kind;
            name |= kind == Kind.NAME;
            reach |= kind == Kind.PHONE || kind == Kind.EMAIL;
        }
        return name && reach;
    }

    /** The block's lines, each further split at runs of two or more spaces. */
    static List<String> segments(Block block) {
        List<String> out = new ArrayList<>();
        for (String line : block.lines()) {
            int start = 0;
            for (int i = 0; i + 1 < line.length(); i++) {
                if (line.charAt(i) == ' ' && line.charAt(i + 1) == ' ') {
                    addSegment(out, line.substring(start, i));
                    while (i < line.length() && line.charAt(i) == ' ') {
                        i++;
                    }
                    start = i;
                }
            }
            addSegment(out, line.substring(Math.min(start, line.length())));
        }
        return out;
    }

    private static void addSegment(List<String> out, String segment) {
        String s = segment.strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    private static Draft take(String segment, Draft draft, List<Contact> contacts) {
        Classified c = classify(segment);
        switch (c.kind) {
            case NAME -> {
                if (draft == null || draft.role != null || !draft.phones.isEmpty() || !draft.emails.isEmpty()) {
                    finish(draft, contacts);
                    return new Draft(c.value);
                }
                // Two name-like lines in a row: the second is the first's role ("Head of Unit" spelt in capitals).
                draft.role = c.value;
            }
            case ROLE -> {
                if (draft != null && draft.phones.isEmpty() && draft.emails.isEmpty()) {
                    draft.role = draft.role == null ? c.value : draft.role + ", " + c.value;
                }
            }
            case PHONE -> {
                if (draft != null) {
                    draft.phones.add(c.value);
                }
            }
            case EMAIL -> {
                if (draft != null) {
                    for (String email : c.value.split("[;,] ?")) {
                        if (!email.isBlank()) {
                            draft.emails.add(email.strip());
                        }
                    }
                }
            }
            case SKIP -> {
                // labels such as "Contact data:" carry nothing
            }
        }
        return draft;
    }

    private static void finish(Draft draft, List<Contact> contacts) {
        if (draft != null && (!draft.phones.isEmpty() || !draft.emails.isEmpty())) {
            contacts.add(new Contact(draft.name, Optional.ofNullable(draft.role), draft.phones, draft.emails));
        }
    }

    static Classified classify(String segment) {
        int colon = segment.indexOf(':');
        String label = colon > 0 && colon <= 20 ? segment.substring(0, colon).strip().toLowerCase(Locale.ROOT) : null;
        String value = label != null ? segment.substring(colon + 1).strip() : segment;
        if (label != null && !label.startsWith("http")) {
            if (SKIPPED_LABELS.contains(label)) {
                return new Classified(Kind.SKIP, value);
            }
            if (PHONE_LABELS.contains(label)) {
                return phone(value).map(p -> new Classified(Kind.PHONE, p)).orElse(new Classified(Kind.SKIP, value));
            }
            if (EMAIL_LABELS.contains(label)) {
                return isEmail(value) ? new Classified(Kind.EMAIL, value) : new Classified(Kind.SKIP, value);
            }
            if (value.isEmpty()) {
                return new Classified(Kind.SKIP, value);
            }
        }
        Optional<String> phone = phone(segment);
        if (phone.isPresent()) {
            return new Classified(Kind.PHONE, phone.get());
        }
        if (isEmail(segment)) {
            return new Classified(Kind.EMAIL, segment);
        }
        if (segment.startsWith("@") || segment.startsWith("http") || segment.startsWith("www.")) {
            return new Classified(Kind.SKIP, segment);
        }
        return new Classified(isName(segment) ? Kind.NAME : Kind.ROLE, segment);
    }

    /**
     * A phone number as written: digits with spaces, brackets, {@code +}, {@code -}, {@code .} or {@code /}, and
     * not a date.
     */
    static Optional<String> phone(String text) {
        // Most segments are names and roles: a number opens with a digit, '+' or '(' (cutting an office tag off
        // the end leaves the opening as it is).
        int first = 0;
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        if (first == text.length() || !opensNumber(text.charAt(first))) {
            return Optional.empty();
        }
        return number(text.strip());
    }

    private static boolean opensNumber(char c) {
        return c == '+' || c == '(' || c >= '0' && c <= '9' || c >= 128 && Character.isDigit(c);
    }

    private static Optional<String> number(String stripped) {
        String number = stripped;
        // A trailing office tag, "(BXL)", is not part of the number.
        if (number.endsWith(")")) {
            int open = number.lastIndexOf('(');
            if (open > 0 && isLetters(number.substring(open + 1, number.length() - 1))) {
                number = number.substring(0, open).strip();
            }
        }
        if (number.isEmpty() || number.length() > MAX_PHONE) {
            return Optional.empty();
        }
        int digits = 0;
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (" +()-./".indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        char first = number.charAt(0);
        boolean opens = first == '+' || first == '(' || Character.isDigit(first);
        if (digits < MIN_PHONE_DIGITS || !opens || DatelineParser.dayFirst().parseDate(number).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(number);
    }

    static boolean isEmail(String text) {
        String t = text.strip();
        int at = t.indexOf('@');
        if (at <= 0 || t.indexOf(' ') >= 0 && !t.contains("; ") && !t.contains(", ")) {
            return false;
        }
        return t.indexOf('.', at) > at + 1;
    }

    /** A person's name: a few capitalised words (surnames may be in capitals), no role words, no digits. */
    static boolean isName(String text) {
        // As text.split(" ") would: trailing empty words do not count, any other empty word fails.
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int words = 1;
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        if (end == 0 || words < 2 || words > MAX_NAME_WORDS) {
            return false;
        }
        int start = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || text.charAt(i) == ' ') {
                if (!isNameWord(text, start, i)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return true;
    }

    /** A capitalised word of letters (hyphens, apostrophes, dots), not a role word. */
    private static boolean isNameWord(String text, int start, int end) {
        if (start == end || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019' && c != '.') {
                return false;
            }
        }
        return !ROLE_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    private static boolean isLetters(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    record Classified(Kind kind, String value) {
    }

    /** A contact being read. */
    private static final class Draft {
        final String name;
        String role;
        final List<String> phones = new ArrayList<>();
        final List<String> emails = new ArrayList<>();

        Draft(String name) {
            this.name = name;
        }
    }
}
