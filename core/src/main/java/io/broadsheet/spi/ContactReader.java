package io.broadsheet.spi;

import io.broadsheet.Contact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the press contacts that close a release: for each person a name, an optional role and organisation,
 * then phone numbers and e-mail addresses.
 *
 * <p>A contact block is a run of short lines. A person starts with a name line (two to five capitalised words,
 * none of them a role word such as {@code Press}, {@code Officer} or {@code Inc.}); the lines up to the first
 * number or address are the role, but for a line that names the company or institution rather than a job
 * ({@code Northwind Energy}, {@code European Commission}), which is the organisation; numbers and addresses
 * follow, one a line or several in a list:
 *
 * <pre>
 * Media Contact:
 * Peter Stano
 * Lead Spokesperson for Foreign Affairs and Security Policy
 * +32 (0)460 75 45 53
 * peter.stano@example.eu
 * </pre>
 *
 * Lines may carry labels ({@code Phone number:}, {@code Mobile:}, {@code E-mail:}, {@code Media contact:}), which
 * are dropped. An HTML contact card read as one line separates its parts with runs of two or more spaces, which
 * split it the same way; so does a name with its number in brackets ({@code Tim Mueller (+32 2 295 12 34)}) and a
 * contact written on one line with commas ({@code Helena Kovač, Press officer, +32 2 281 52 67}). A name line may
 * carry the person's job titles after commas ({@code Henrik Vold, Head of Investor Relations}). Phone numbers are
 * kept as written, without a trailing office tag such as {@code (BXL)}.
 *
 * <p>A person counts as a contact only with a name and at least one phone number or e-mail address. A line that
 * names nobody after a contact's numbers ({@code Press and information team}) ends that contact, so that a team
 * mailbox under it is not the person's. Postal addresses, prose and lone numbers give no contact.
 *
 * <pre>{@code
 * if (ContactReader.isContactBlock(block)) {
 *     ContactReader.read(List.of(block)).forEach(document::contact);
 * }
 * }</pre>
 *
 * <p>A format provider finds where its contact section starts and ends (a {@code Contacts} heading, the end of
 * the page) and hands the blocks in between to {@link #read(List)}; {@link #segments(Block)},
 * {@link #classify(String)} and {@link #isName(String)} let it look at the lines itself to decide where that
 * section is. Stateless and thread-safe.
 */
public final class ContactReader {

    /** The longest segment of a contact block, in characters: a longer one is prose. */
    public static final int MAX_SEGMENT = 120;
    private static final int MAX_NAME_WORDS = 5;
    private static final int MAX_PHONE = 40;
    private static final int MIN_PHONE_DIGITS = 7;
    /** Labels such as {@code Mobile number} are short. */
    private static final int MAX_LABEL = 20;
    /** A name (or a press office's) written before a comma is short. */
    private static final int MAX_NAME = 60;
    /** A line of two persons separated by a semicolon is longer than this. */
    private static final int MIN_PERSONS_LINE = 30;
    /** The words a press office's name is made of, lower case. */
    private static final Set<String> OFFICE_WORDS = Set.of("press", "media", "news", "communications",
            "communication", "corporate", "investor", "public", "relations", "information", "affairs", "and", "&",
            "office", "desk", "team", "centre", "center", "service", "newsroom");
    /** The words that close a press office's name: what kind of office it is. */
    private static final Set<String> OFFICE_KINDS = Set.of("office", "desk", "team", "centre", "center",
            "relations", "affairs", "service", "communications", "newsroom");

    private static final List<String> PHONE_LABELS = List.of("phone number", "mobile number", "telephone number",
            "telephone", "phone",
            "mobile", "tel.", "tel", "mob.", "mob", "gsm", "cell", "t.", "t", "m.", "m", "direct line", "office");
    private static final List<String> EMAIL_LABELS = List.of("e-mail address", "e-mail", "email", "mail", "e");
    /** The first letters of the phone and e-mail labels. */
    private static final String INLINE_LABEL_INITIALS = "pmtgcdoe";
    /** The first letters of the phone, e-mail and skipped labels. */
    private static final String BARE_LABEL_INITIALS = "pmtgcdoexfwl";
    /** Labels that open a contact written on one line: {@code Press contact: Hedda Larsen ...}. */
    private static final List<String> CONTACT_LABELS = List.of("contact", "contacts", "press contact",
            "press contacts", "media contact", "media contacts");
    /** The telephone signs some institutions print before a number: U+260E and U+2706. */
    private static final char TELEPHONE_SIGN = '\u260E';
    private static final char TELEPHONE_RECEIVER = '\u2706';
    private static final List<String> SKIPPED_LABELS = List.of("contact data", "contact details", "contacts",
            "contact", "press contacts", "press contact", "media contacts", "media contact", "twitter", "x",
            "fax", "facsimile", "web", "website", "linkedin", "follow");
    /**
     * Words of roles, press offices and organisations (companies, public institutions), never of a person's name;
     * package-private for the differential test.
     */
    static final Set<String> ROLE_WORDS = Set.of("press", "officer", "spokesperson", "spokesman",
            "spokeswoman", "spokespersons", "head", "unit", "adviser", "advisor", "communication", "communications",
            "media", "policy", "service", "office", "team", "relations", "information", "department", "director",
            "assistant", "coordinator", "manager", "secretary", "chief", "deputy", "lead", "senior", "junior",
            "attaché", "attache", "counsellor", "for", "and", "of", "the", "to", "on", "desk", "commission", "union",
            "parliament", "council", "affairs", "security", "foreign", "general", "delegation", "representation",
            "directorate", "inc", "inc.", "ltd", "gmbh", "association", "agency", "news");
    /**
     * Words that open or close an organisation's name on a contact card ({@code European Commission},
     * {@code Northwind Energy Ltd}, {@code Ministry of Transport}): the organisation words among the
     * {@link #ROLE_WORDS}, company forms and the heads of institutions' names.
     */
    private static final Set<String> ORGANISATION_WORDS = Set.of("commission", "union", "parliament", "council",
            "delegation", "representation", "directorate", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "gmbh", "ag",
            "sa", "s.a.", "nv", "bv", "ab", "asa", "oy", "oyj", "spa", "corp", "corp.", "corporation", "company",
            "co.", "group", "holdings", "association", "agency", "foundation", "institute", "university",
            "ministry", "authority", "trust", "federation", "alliance", "bureau", "embassy", "organisation",
            "organization", "society", "partners", "laboratories", "police", "constabulary");
    private static final String[][] ORGANISATION_WORDS_BY_LENGTH = byLength(ORGANISATION_WORDS);
    private static final String[][] ROLE_WORDS_BY_LENGTH = byLength(ROLE_WORDS);
    /**
     * Words that open or close a job title written after a name and a comma: the role words that name a job or an
     * office, and the titles of company officers.
     */
    private static final Set<String> TITLE_WORDS = Set.of("press", "officer", "spokesperson", "spokesman",
            "spokeswoman", "head", "unit", "adviser", "advisor", "communication", "communications", "media",
            "relations", "information", "director", "assistant", "coordinator", "manager", "secretary", "chief",
            "deputy", "lead", "senior", "junior", "attaché", "attache", "counsellor", "desk", "affairs", "general",
            "president", "vice", "founder", "co-founder", "cofounder", "chairman", "chairwoman", "chair", "ceo", "cfo",
            "coo", "cto", "cmo", "partner", "principal", "owner", "executive", "counsel", "treasurer", "investor",
            "marketing", "sales", "editor", "analyst", "specialist", "associate", "consultant", "representative",
            "corporate", "public", "global", "managing", "svp", "evp", "vp");
    /**
     * Lower-case particles inside surnames ({@code Gabriel Ferreira da Costa}, {@code Ursula von der Leyen});
     * package-private for the differential test.
     */
    static final List<String> NAME_PARTICLES = List.of("da", "das", "de", "del", "della", "der", "den", "di",
            "do", "dos", "du", "la", "le", "van", "von", "ten", "ter", "zu", "y");

    private ContactReader() {
    }

    /** What a segment of a contact block is ({@link #classify(String)}). */
    public enum SegmentKind {
        /** A person's name: {@code Peter Stano}, {@code Viktor ALMQVIST}, {@code Ursula von der Leyen}. */
        NAME,
        /** Any other text: a role, an office, a company, a heading, a sentence. */
        ROLE,
        /** A phone number, perhaps after a label: {@code Mobile: +32 470 88 29 42}. */
        PHONE,
        /** An e-mail address or a list of them, perhaps after a label: {@code E-mail: press@example.com}. */
        EMAIL,
        /** A label, link or handle that names nobody and reaches nobody: {@code Contacts:}, {@code Fax}. */
        IGNORED
    }

    /**
     * Reads the contacts of a contact section.
     *
     * @param blocks the blocks of a contact section, in order; headings and labels among them are skipped
     * @return the contacts they list, in order; a person needs a name and a phone number or e-mail address to count
     */
    public static List<Contact> read(List<Block> blocks) {
        List<Contact> contacts = new ArrayList<>();
        Draft draft = null;
        // Indexed: an immutable list's iterator has a type check that made C2 deoptimise its callers.
        for (int i = 0; i < blocks.size(); i++) {
            for (String segment : segments(blocks.get(i))) {
                draft = take(segment, draft, contacts);
            }
        }
        finish(draft, contacts);
        return contacts;
    }

    /**
     * Reads the contacts listed inside a parenthesis, one person after another: {@code Anna Berg – Tel.: +32 2 298
     * 45 11; Jan Smit – Tel.: +32 2 296 73 20} (the Commission's Daily News). Persons are separated by
     * semicolons, a person's name from their numbers by a dash between spaces.
     *
     * @param list the text between the parenthesis' label and its closing bracket
     * @return the contacts it lists; a person needs a name and a phone number or e-mail address to count
     */
    public static List<Contact> readInline(String list) {
        List<Contact> contacts = new ArrayList<>();
        Draft draft = null;
        int start = 0;
        int n = list.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? list.charAt(i) : ';';
            boolean dash = (c == '\u2013' || c == '\u2014' || c == '-') && i > 0 && list.charAt(i - 1) == ' '
                    && i + 1 < n && list.charAt(i + 1) == ' ';
            if (c == ';' || dash) {
                String segment = list.substring(start, i).strip();
                if (!segment.isEmpty()) {
                    draft = take(segment, draft, contacts);
                }
                if (c == ';') {
                    finish(draft, contacts);
                    draft = null;
                }
                start = i + 1;
            }
        }
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
            SegmentKind kind = classified(segment).kind;
            name |= kind == SegmentKind.NAME;
            reach |= kind == SegmentKind.PHONE || kind == SegmentKind.EMAIL;
        }
        return name && reach;
    }

    /**
     * Splits a block into the segments a contact is read from: its lines, each cut at runs of two or more spaces
     * and at vertical bars, stripped; a name with its number in brackets and a contact written with commas are cut into their parts.
     * Blank segments are left out.
     *
     * @param block a block
     * @return its segments, in order
     */
    public static List<String> segments(Block block) {
        List<String> lines = block.lines();
        List<String> out = new ArrayList<>(lines.size());
        for (int l = 0; l < lines.size(); l++) {
            String line = lines.get(l);
            int n = line.length();
            int start = 0;
            boolean semicolon = false;
            for (int i = 0; i + 1 < n; i++) {
                char c = line.charAt(i);
                // Letters, the most common characters, are told apart by the first two comparisons.
                if (c > ';') {
                    if (c >= '|' && (c == '|' || c == TELEPHONE_SIGN || c == TELEPHONE_RECEIVER)) {
                        // "Hedda Larsen ☎ (+352) 4303 3355", "01632 960 345 | press@example.org": the sign or
                        // bar parts the name from the number, or two numbers, as a gap would
                        addSegment(out, line, start, i, semicolon);
                        start = i + 1;
                        semicolon = false;
                    }
                } else if (c == ' ') {
                    if (line.charAt(i + 1) == ' ') {
                        addSegment(out, line, start, i, semicolon);
                        i += 2;
                        while (i < n && line.charAt(i) == ' ') {
                            i++;
                        }
                        start = i;
                        semicolon = false;
                    }
                } else if (c == ';') {
                    semicolon = true;
                }
            }
            addSegment(out, line, start, n, semicolon);
        }
        return out;
    }

    /**
     * Adds {@code line[begin, end)} stripped, as {@link String#strip()} would, unless nothing is left; a name with
     * its number in brackets ({@code Tim Mueller (+32 2 295 12 34)}, the older Commission style) becomes two
     * segments, and a line of persons separated by semicolons ({@code semicolon}: the caller saw one) a segment
     * group for each.
     */
    private static void addSegment(List<String> out, String line, int begin, int end, boolean semicolon) {
        while (begin < end && isWhitespace(line.charAt(begin))) {
            begin++;
        }
        while (end > begin && isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (begin >= end) {
            return;
        }
        int label = contactLabelEnd(line, begin, end);
        if (label > 0) {
            // "Press contact: Hedda Larsen ☎ ...", "Contact: Helena Kovač, Press officer, ...": the label names
            // nobody; what follows it is the contact
            addSegment(out, line, label, end, semicolon);
            return;
        }
        int acronym = acronymLabelEnd(line, begin, end);
        if (acronym > 0) {
            // "EIB: Marta Figueiredo, m.figueiredo@eib.org": the institution's initials head its contact
            addSegment(out, line, acronym, end, semicolon);
            return;
        }
        int named = nameLabelEnd(line, begin, end);
        if (named > 0) {
            // "Jonas Weber: jonas.weber@eca.europa.eu - M: (+352) 691 553 071", the Court of Auditors' style: the
            // name, then its addresses parted by spaced dashes
            out.add(line.substring(begin, named - 1).strip());
            addDashedParts(out, line, named, end);
            return;
        }
        int office = officeLabelEnd(line, begin, end);
        if (office > 0) {
            // "Press Office: 01632 960 123": the label is the contact itself, an office without a person
            out.add(line.substring(begin, office - 1).strip());
            addSegment(out, line, office, end, semicolon);
            return;
        }
        if (semicolon && end - begin > MIN_PERSONS_LINE && addPersons(out, line, begin, end)) {
            return;
        }
        addPart(out, line, begin, end);
    }

    /**
     * Where the contact after an organisation's initials and a colon begins ({@code EIB: Marta Figueiredo, ...}), or
     * -1: two to six capital letters, then a colon and a name. Turned down by the first two characters for most
     * segments.
     */
    private static int acronymLabelEnd(String line, int begin, int end) {
        if (end - begin < 5 || end - begin > MAX_SEGMENT || !isAsciiUpper(line.charAt(begin))
                || !isAsciiUpper(line.charAt(begin + 1))) {
            return -1;
        }
        int colon = begin + 2;
        while (colon < end && colon - begin <= 6 && isAsciiUpper(line.charAt(colon))) {
            colon++;
        }
        if (colon >= end || line.charAt(colon) != ':' || colon - begin > 6) {
            return -1;
        }
        int comma = line.indexOf(',', colon);
        int nameEnd = comma < 0 || comma > end ? end : comma;
        return nameEnd - colon - 1 <= MAX_NAME && isName(line.substring(colon + 1, nameEnd).strip()) ? colon + 1 : -1;
    }

    /**
     * Where a person's addresses begin after their name and a colon ({@code Jonas Weber: jonas.weber@... - M: ...}),
     * or -1: the part before the colon must be a name and the part after it hold an address or a number.
     */
    private static int nameLabelEnd(String line, int begin, int end) {
        if (end - begin > MAX_SEGMENT || !Character.isUpperCase(line.charAt(begin))) {
            return -1;
        }
        int stop = Math.min(end - 1, begin + MAX_NAME + 1);
        int colon = begin + 1;
        while (colon < stop && line.charAt(colon) != ':') {
            colon++;
        }
        if (colon >= stop) {
            return -1;
        }
        boolean reach = false;
        for (int i = colon + 1; i < end && !reach; i++) {
            char c = line.charAt(i);
            reach = c == '@' || c >= '0' && c <= '9';
        }
        return reach && isName(line.substring(begin, colon).strip()) ? colon + 1 : -1;
    }

    /** Adds the parts of {@code line[begin, end)} that spaced dashes part ({@code address - M: number}). */
    private static void addDashedParts(List<String> out, String line, int begin, int end) {
        int start = begin;
        for (int i = begin + 1; i + 1 < end; i++) {
            char c = line.charAt(i);
            if ((c == '-' || c == '\u2013' || c == '\u2014') && line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' ') {
                addPart(out, line, start, i);
                start = i + 1;
            }
        }
        addPart(out, line, start, end);
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    /**
     * Adds {@code line[begin, end)} stripped unless nothing is left: a name with its number in brackets becomes two
     * segments, a contact written with commas its parts.
     */
    private static void addPart(List<String> out, String line, int begin, int end) {
        while (begin < end && isWhitespace(line.charAt(begin))) {
            begin++;
        }
        while (end > begin && isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (begin >= end) {
            return;
        }
        // Only a segment short enough to be a contact's is split, so the search for its bracket and the call
        // for the part before it stay within MAX_SEGMENT characters however long the line.
        if (end - begin <= MAX_SEGMENT && line.charAt(end - 1) == ')' && addNameAndNumber(out, line, begin, end)) {
            return;
        }
        if (end - begin <= MAX_SEGMENT && endsWithDigit(line, begin, end) && addNameThenNumber(out, line, begin, end)) {
            return;
        }
        String segment = line.substring(begin, end);
        if (segment.length() > MAX_SEGMENT || segment.indexOf(',') < 0 || !addCommaParts(out, segment)) {
            out.add(segment);
        }
    }

    /**
     * Adds the persons of a line that lists them one after another, separated by semicolons: {@code Jane Roe,
     * Director, Communications, 416-555-0100, jane.roe@example.ca; Investors: John Doe, ...} (the CNW style). The
     * line is cut only at a semicolon followed by a name or a press office, perhaps after a short label, so that a
     * list of addresses stays as it is; otherwise nothing is added.
     *
     * @return whether the line was cut and its parts added
     */
    private static boolean addPersons(List<String> out, String line, int begin, int end) {
        int start = begin;
        for (int i = begin; i < end; i++) {
            int person = line.charAt(i) == ';' ? personAfter(line, i + 1, end) : -1;
            if (person > 0) {
                addPart(out, line, start, i);
                start = person;
            }
        }
        if (start == begin) {
            return false;
        }
        addPart(out, line, start, end);
        return true;
    }

    /**
     * Where a name or a press office begins after a semicolon at {@code from - 1}, past a short label such as
     * {@code Investors:}, or -1 when no name follows. The name runs to the next comma or semicolon.
     */
    private static int personAfter(String line, int from, int end) {
        int start = skipSpaces(line, from, end);
        int stop = Math.min(end, start + MAX_LABEL + 1 + MAX_NAME);
        int nameEnd = -1;
        boolean labelled = false;
        for (int i = start; i < stop && nameEnd < 0; i++) {
            char c = line.charAt(i);
            if (c == ':' && !labelled && i - start <= MAX_LABEL) {
                labelled = true;
                start = skipSpaces(line, i + 1, end);
                i = start - 1;
            } else if (c == ',' || c == ';') {
                nameEnd = i;
            } else if (c == '@' || c >= '0' && c <= '9') {
                return -1;
            }
        }
        if (nameEnd < 0) {
            nameEnd = stop == end ? end : -1;
        }
        if (start >= nameEnd || nameEnd - start > MAX_NAME) {
            return -1;
        }
        String name = line.substring(start, nameEnd).strip();
        return isName(name) || isOfficeName(name) ? start : -1;
    }

    private static int skipSpaces(String line, int from, int end) {
        while (from < end && isWhitespace(line.charAt(from))) {
            from++;
        }
        return from;
    }

    /**
     * Where the contact after a press office's name and a colon begins ({@code Press Office: 01632 960 123}), or
     * -1 when the segment opens with no office before a colon. A heading such as {@code Media Relations:} with
     * nothing after it is left to {@link #classify(String)}, which ignores it.
     */
    private static int officeLabelEnd(String line, int begin, int end) {
        if (end - begin > MAX_SEGMENT || !isOfficeInitial(line.charAt(begin))) {
            return -1;
        }
        int stop = Math.min(end, begin + MAX_LABEL + 1);
        for (int i = begin; i < stop; i++) {
            char c = line.charAt(i);
            if (c == ':') {
                return i + 1 < end && isOfficeName(line.substring(begin, i).strip()) ? i + 1 : -1;
            }
            if (c == ',' || c >= '0' && c <= '9') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code c} may open a press office's name: Press, Media, News, Communications, Investor, ... */
    private static boolean isOfficeInitial(char c) {
        return c == 'P' || c == 'M' || c == 'C' || c == 'N' || c == 'I';
    }

    /**
     * Says whether a text names a press office rather than a person: two to five words of a press office's
     * vocabulary, capitalised first and closing with the office's kind ({@code Press Office}, {@code Media
     * Relations}, {@code Corporate Communications}, {@code Press and Media Team}). Such an office is a contact of
     * its own when no person is named for it.
     *
     * @param text a text, such as a line or the part of a line before a comma
     * @return {@code true} for a press office's name
     */
    public static boolean isOfficeName(String text) {
        int n = text.length();
        if (n < 8 || n > MAX_NAME || !isOfficeInitial(text.charAt(0))) {
            return false;
        }
        int words = 0;
        int start = 0;
        String word = null;
        for (int i = 0; i <= n; i++) {
            if (i == n || text.charAt(i) == ' ') {
                if (i == start || ++words > MAX_NAME_WORDS) {
                    return false;
                }
                word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!OFFICE_WORDS.contains(word)) {
                    return false;
                }
                start = i + 1;
            }
        }
        return words >= 2 && OFFICE_KINDS.contains(word);
    }

    /**
     * Where the contact after a label such as {@code Press contact:} begins in {@code line[begin, end)}, or -1 when
     * the segment opens with no such label or nothing follows it. Most segments are turned down by their first
     * letter; a long one is no contact (and so the labels a hostile line repeats are cut off a bounded few times).
     */
    private static int contactLabelEnd(String line, int begin, int end) {
        if (end - begin > MAX_SEGMENT) {
            return -1;
        }
        char first = (char) (line.charAt(begin) | 0x20);
        if (first != 'c' && first != 'p' && first != 'm') {
            return -1;
        }
        int colon = line.indexOf(':', begin);
        if (colon < 0 || colon - begin > MAX_LABEL || colon + 1 >= end) {
            return -1;
        }
        String label = line.substring(begin, colon).strip().toLowerCase(Locale.ROOT);
        return CONTACT_LABELS.contains(label) ? colon + 1 : -1;
    }

    /**
     * Adds a name and the number in brackets after it as two segments, when {@code line[begin, end)} is one;
     * otherwise adds nothing. Out of line: few segments end with a bracket.
     *
     * @return whether the segments were added
     */
    private static boolean addNameAndNumber(List<String> out, String line, int begin, int end) {
        int open = openingBracket(line, begin, end - 1);
        if (open > begin && open + 1 < end - 1 && opensNumber(line.charAt(open + 1))
                && number(line.substring(open + 1, end - 1).strip()).isPresent()) {
            addSegment(out, line, begin, open, false);
            out.add(line.substring(open + 1, end - 1).strip());
            return true;
        }
        return false;
    }

    /** Whether {@code line[begin, end)} ends with a digit, perhaps before a full stop: as a number does. */
    private static boolean endsWithDigit(String line, int begin, int end) {
        char last = line.charAt(end - 1);
        if (last == '.' && end - 2 >= begin) {
            last = line.charAt(end - 2);
        }
        return last >= '0' && last <= '9';
    }

    /**
     * Adds a name and the number that follows it with no separator ({@code Hedda Larsen (+352) 4303 3355.}) as two
     * segments, when {@code line[begin, end)} is one; otherwise adds nothing.
     *
     * @return whether the segments were added
     */
    private static boolean addNameThenNumber(List<String> out, String line, int begin, int end) {
        int open = begin;
        while (open < end && !opensNumber(line.charAt(open))) {
            open++;
        }
        if (open == begin || open == end || line.charAt(open - 1) != ' ' || open - begin > MAX_NAME
                || number(line.substring(open, end).strip()).isEmpty()
                || !isName(line.substring(begin, open).strip())) {
            return false;
        }
        out.add(line.substring(begin, open).strip());
        out.add(line.substring(open, end).strip());
        return true;
    }

    /**
     * Adds the parts of a contact written on one line with commas ({@code Helena Kovač, Press officer,
     * +32 2 281 52 67, helena.kovac@consilium.europa.eu}, the Council style) when the first part is a name or a
     * press office and a later part a phone number or e-mail address; otherwise adds nothing. A semicolon parts
     * addresses as a comma does.
     *
     * @return whether the parts were added
     */
    private static boolean addCommaParts(List<String> out, String segment) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= segment.length(); i++) {
            char c = i == segment.length() ? ',' : segment.charAt(i);
            if (c == ',' || c == ';' || isLabelSlash(segment, i)) {
                String part = segment.substring(start, i).strip();
                if (!part.isEmpty()) {
                    parts.add(part);
                }
                start = i + 1;
            }
        }
        if (parts.size() < 2) {
            return false;
        }
        String first = parts.get(0);
        boolean office = !isName(first);
        if (office && !isOfficeName(first)) {
            return false;
        }
        boolean reach = false;
        for (int i = 1; i < parts.size() && !reach; i++) {
            String part = parts.get(i);
            // a labelled number counts too: "Stefan Brandt, tel.: +49 69 1344 8120"
            reach = classify(part) == SegmentKind.PHONE || isEmail(part) && part.indexOf(' ') < 0;
        }
        if (!reach) {
            return false;
        }
        if (office && parts.size() > 2 && isOfficesOrganisation(parts.get(1))) {
            // "Press Office, Northshire Police, 01632 960 123": the part after the office is whose office it is,
            // kept on the office's segment, for on a line of its own it would read as a person's name
            parts.set(0, first + ", " + parts.get(1));
            parts.remove(1);
        }
        out.addAll(parts);
        return true;
    }

    /**
     * Whether {@code segment[i]} is a slash between spaces before a label, which parts two numbers on one line:
     * {@code tel.: +352 4379 - 83330 / Mobile: +352 621 36 45 18}. A slash before a digit ({@code 069 / 1344 7455})
     * is inside a number.
     */
    private static boolean isLabelSlash(String segment, int i) {
        return segment.charAt(i) == '/' && i > 0 && segment.charAt(i - 1) == ' ' && i + 2 < segment.length()
                && segment.charAt(i + 1) == ' ' && Character.isLetter(segment.charAt(i + 2));
    }

    /**
     * A contact named with its job titles after a comma, {@code Henrik Vold, Head of Investor Relations} (the
     * corporate style), the titles joined with commas, and perhaps the company after them ({@code Henrik Vold,
     * Head of Investor Relations, Northwind Energy ASA}); or null when the segment is no name followed by job
     * titles and at most one organisation.
     */
    private static Draft namedWithTitles(String segment, int comma) {
        String name = segment.substring(0, comma).strip();
        // "Vice President, Investor Relations" reads as a name, but is a title itself.
        if (segment.length() > MAX_SEGMENT || !isName(name) || isJobTitle(name)) {
            return null;
        }
        StringBuilder titles = new StringBuilder();
        String organization = null;
        int start = comma + 1;
        for (int i = start; i <= segment.length(); i++) {
            if (i == segment.length() || segment.charAt(i) == ',') {
                String part = segment.substring(start, i).strip();
                if (isJobTitle(part)) {
                    titles.append(titles.length() == 0 ? "" : ", ").append(part);
                } else if (organization == null && isOrganisation(part)) {
                    organization = part;
                } else {
                    return null;
                }
                start = i + 1;
            }
        }
        Draft named = new Draft(name);
        named.role = titles.length() == 0 ? null : titles.toString();
        named.organization = organization;
        return named;
    }

    /**
     * The organisation named after a press office ({@code Press Office, Northshire Police}): capitalised, no digit
     * or {@code @}, no job title and no other office.
     */
    private static boolean isOfficesOrganisation(String part) {
        return Character.isUpperCase(part.charAt(0)) && !holdsDigitOrAt(part) && !isJobTitle(part)
                && !isOfficeName(part);
    }

    /**
     * A press office named as a contact of its own, or null: {@code Press Office}, {@code Press Office, Northshire
     * Police} (the office, then whose it is), or the heading {@code For media enquiries, contact the Press Office:}.
     */
    private static Draft office(String segment) {
        if (segment.length() > MAX_SEGMENT) {
            return null;
        }
        int n = segment.length();
        if (segment.charAt(n - 1) == ':') {
            int the = segment.lastIndexOf(" the ");
            String name = the < 0 ? null : segment.substring(the + 5, n - 1).strip();
            return name != null && isOfficeName(name) ? new Draft(name, true) : null;
        }
        int comma = segment.indexOf(',');
        String name = comma < 0 ? segment : segment.substring(0, comma).strip();
        if (!isOfficeName(name)) {
            return null;
        }
        Draft office = new Draft(name, true);
        if (comma > 0) {
            String organisation = segment.substring(comma + 1).strip();
            if (organisation.isEmpty() || organisation.indexOf(',') >= 0 || !isOfficesOrganisation(organisation)) {
                return null;
            }
            office.organization = organisation;
        }
        return office;
    }

    /**
     * An organisation's name: capitalised, no digit or {@code @}, no job title, and opening or closing with an
     * organisation word ({@code European Commission}, {@code Ministry of Transport}, {@code Acme Holdings Ltd}).
     * {@code Head of Communications} and {@code Press Office} are roles.
     */
    private static boolean isOrganisation(String part) {
        int n = part.length();
        int firstSpace = part.indexOf(' ');
        if (n > MAX_SEGMENT || firstSpace <= 0 || !Character.isUpperCase(part.charAt(0))) {
            return false;
        }
        // Most role lines are turned down by their first and last words, compared in place, before anything else.
        return (isOrganisationWord(part, 0, firstSpace) || isOrganisationWord(part, part.lastIndexOf(' ') + 1, n))
                && part.indexOf(',') < 0 && !holdsDigitOrAt(part) && !isJobTitle(part);
    }

    /** Whether {@code text[start, end)} is one of the {@link #ORGANISATION_WORDS}, in any case. */
    private static boolean isOrganisationWord(String text, int start, int end) {
        int length = end - start;
        if (length >= ORGANISATION_WORDS_BY_LENGTH.length) {
            return false;
        }
        for (String word : ORGANISATION_WORDS_BY_LENGTH[length]) {
            if (text.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A job title: capitalised, no digit or {@code @}, and opening or closing with a title word ({@code Head of
     * Investor Relations}, {@code Vice President}, {@code Corporate Communications}). A place after a name
     * ({@code Las Vegas, Nevada}) is none.
     */
    private static boolean isJobTitle(String part) {
        if (part.isEmpty() || !Character.isUpperCase(part.charAt(0))) {
            return false;
        }
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '@' || Character.isDigit(c)) {
                return false;
            }
        }
        int firstSpace = part.indexOf(' ');
        String first = firstSpace < 0 ? part : part.substring(0, firstSpace);
        String last = part.substring(part.lastIndexOf(' ') + 1);
        return TITLE_WORDS.contains(first.toLowerCase(Locale.ROOT))
                || TITLE_WORDS.contains(last.toLowerCase(Locale.ROOT));
    }

    /** The last {@code (} in {@code line[begin, end)}, or -1. */
    private static int openingBracket(String line, int begin, int end) {
        for (int i = end - 1; i >= begin; i--) {
            if (line.charAt(i) == '(') {
                return i;
            }
        }
        return -1;
    }

    /** {@link Character#isWhitespace(char)}, which is false for every printable ASCII character. */
    private static boolean isWhitespace(char c) {
        return (c <= ' ' || c >= 128) && Character.isWhitespace(c);
    }

    private static Draft take(String segment, Draft draft, List<Contact> contacts) {
        Classified c = classified(segment);
        switch (c.kind) {
            case NAME -> {
                if (draft == null || draft.role != null || draft.organization != null || !draft.phones.isEmpty()
                        || !draft.emails.isEmpty()) {
                    finish(draft, contacts);
                    return new Draft(c.value);
                }
                if (draft.office) {
                    // "Press Office" over "Northshire Police": whose office it is; over "Jane Roe": the heading
                    // of the person's card
                    if (!isOrganisation(c.value)) {
                        return new Draft(c.value);
                    }
                    draft.organization = c.value;
                    return draft;
                }
                // Two name-like lines in a row: the second is the first's job ("Vice President"), or else the
                // company the card names ("Northwind Energy"), for a name-like line holds no office word.
                if (isJobTitle(c.value)) {
                    draft.role = c.value;
                } else if (isOrganisation(draft.name) && !isOrganisation(c.value)) {
                    // "Lakeshore Dental Group" over "Marcus Bell": the card names the company first
                    Draft person = new Draft(c.value);
                    person.organization = draft.name;
                    return person;
                } else {
                    draft.organization = c.value;
                }
            }
            case ROLE -> {
                int comma = c.value.indexOf(',');
                Draft named = comma > 0 ? namedWithTitles(c.value, comma) : null;
                if (named != null) {
                    // A name and its title on one line: a new contact, whatever came before.
                    finish(draft, contacts);
                    return named;
                }
                if (draft != null && draft.phones.isEmpty() && draft.emails.isEmpty()) {
                    if (draft.organization == null && (draft.office ? isOfficesOrganisation(c.value)
                            : isOrganisation(c.value))) {
                        // "European Commission", "Northwind Energy Ltd" under the name: where, not what
                        draft.organization = c.value;
                    } else {
                        draft.role = draft.role == null ? c.value : draft.role + ", " + c.value;
                    }
                } else {
                    // A line that names no person after a contact's numbers ("Press and information team of the
                    // EEAS", "Further information") ends that contact: a mailbox under it is not the person's. A
                    // press office named where no person is being read is a contact of its own.
                    finish(draft, contacts);
                    return isOfficeInitial(c.value.charAt(0)) || c.value.endsWith(":")
                            ? office(c.value) : null;
                }
            }
            case PHONE -> {
                if (draft != null) {
                    draft.phones.add(c.value);
                }
            }
            case EMAIL -> {
                if (draft != null) {
                    addEmails(c.value, draft.emails);
                }
            }
            case IGNORED -> {
                // labels such as "Contact data:" carry nothing
            }
        }
        return draft;
    }

    /**
     * Adds the addresses of a list separated by semicolons or commas. The space a separator may carry is
     * stripped with the rest, so the list is cut at the separators alone.
     */
    private static void addEmails(String list, List<String> emails) {
        int start = 0;
        for (int i = 0; i <= list.length(); i++) {
            if (i == list.length() || list.charAt(i) == ';' || list.charAt(i) == ',') {
                String email = list.substring(start, i);
                if (!email.isBlank()) {
                    emails.add(email.strip());
                }
                start = i + 1;
            }
        }
    }

    private static void finish(Draft draft, List<Contact> contacts) {
        if (draft != null && (!draft.phones.isEmpty() || !draft.emails.isEmpty())) {
            contacts.add(new Contact(draft.name, Optional.ofNullable(draft.role), Optional.ofNullable(draft.organization),
                    draft.phones, draft.emails));
        }
    }

    /**
     * Says what a segment of a contact block is (see {@link #segments(Block)}).
     *
     * @param segment a segment, stripped
     * @return its kind
     */
    public static SegmentKind classify(String segment) {
        return classified(segment).kind;
    }

    /** The segment's kind and its value without label or office tag. */
    private static Classified classified(String segment) {
        int colon = segment.indexOf(':');
        String label = colon > 0 && colon <= 20 ? segment.substring(0, colon).strip().toLowerCase(Locale.ROOT) : null;
        String value = label != null ? segment.substring(colon + 1).strip() : segment;
        if (label != null && !label.startsWith("http")) {
            if (SKIPPED_LABELS.contains(label)) {
                return new Classified(SegmentKind.IGNORED, value);
            }
            if (PHONE_LABELS.contains(label)) {
                Optional<String> phone = phone(value);
                return new Classified(phone.isPresent() ? SegmentKind.PHONE : SegmentKind.IGNORED, phone.orElse(value));
            }
            if (EMAIL_LABELS.contains(label)) {
                return new Classified(isEmail(value) ? SegmentKind.EMAIL : SegmentKind.IGNORED, value);
            }
            if (value.isEmpty()) {
                return new Classified(SegmentKind.IGNORED, value);
            }
        }
        if (label == null && mayOpenWithLabel(segment, INLINE_LABEL_INITIALS) && holdsDigitOrAt(segment)) {
            Classified inline = inlineLabelled(segment);
            if (inline != null) {
                return inline;
            }
        }
        if (label == null && mayOpenWithLabel(segment, BARE_LABEL_INITIALS) && isBareLabel(segment)) {
            // "Phone" or "Mail" on a line of its own, the number or address on the next (presscorner cards).
            return new Classified(SegmentKind.IGNORED, segment);
        }
        Optional<String> phone = phone(segment);
        if (phone.isPresent()) {
            return new Classified(SegmentKind.PHONE, phone.get());
        }
        if (isEmail(segment)) {
            return new Classified(SegmentKind.EMAIL, segment);
        }
        if (segment.startsWith("@") || segment.startsWith("http") || segment.startsWith("www.")) {
            return new Classified(SegmentKind.IGNORED, segment);
        }
        return new Classified(isName(segment) ? SegmentKind.NAME : SegmentKind.ROLE, segment);
    }

    /**
     * A number or address after a label without a colon, {@code Phone +32 2 295 66 12} or {@code Mail
     * name@ec.europa.eu} (a presscorner card whose label and link are read as one line), or null.
     */
    private static Classified inlineLabelled(String segment) {
        int space = segment.indexOf(' ');
        if (space <= 0 || space > MAX_LABEL) {
            return null;
        }
        for (int i = 0; i < PHONE_LABELS.size(); i++) {
            String rest = afterLabel(segment, PHONE_LABELS.get(i));
            if (rest != null) {
                Optional<String> phone = phone(rest);
                if (phone.isPresent()) {
                    return new Classified(SegmentKind.PHONE, phone.get());
                }
            }
        }
        for (int i = 0; i < EMAIL_LABELS.size(); i++) {
            String rest = afterLabel(segment, EMAIL_LABELS.get(i));
            if (rest != null && rest.indexOf(' ') < 0 && isEmail(rest)) {
                return new Classified(SegmentKind.EMAIL, rest);
            }
        }
        return null;
    }

    /**
     * Whether the segment may open with a label whose first letter is among {@code initials} (lower case). Most
     * segments are names and roles, turned down here by their first letter before any label is compared; a
     * character outside ASCII, which might fold to a label's letter, is let through.
     */
    private static boolean mayOpenWithLabel(String segment, String initials) {
        if (segment.isEmpty()) {
            return false;
        }
        char c = segment.charAt(0);
        return c >= 128 || c <= ' ' || initials.indexOf(c | 0x20) >= 0;
    }

    /** Whether some character is a digit or {@code @}: a labelled number or address holds one, a name none. */
    private static boolean holdsDigitOrAt(String segment) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '@' || c >= '0' && c <= '9' || c >= 128 && Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** What follows {@code label} and a space at the start of the segment, ignoring case; null if it does not. */
    private static String afterLabel(String segment, String label) {
        int length = label.length();
        if (segment.length() <= length + 1 || segment.charAt(length) != ' '
                || !segment.regionMatches(true, 0, label, 0, length)) {
            return null;
        }
        return segment.substring(length + 1).strip();
    }

    /** A label without its colon: a word of the phone, e-mail or skipped labels, longer than an initial. */
    private static boolean isBareLabel(String segment) {
        if (segment.length() > MAX_LABEL || segment.length() < 3) {
            return false;
        }
        String folded = segment.strip().toLowerCase(Locale.ROOT);
        return PHONE_LABELS.contains(folded) || EMAIL_LABELS.contains(folded) || SKIPPED_LABELS.contains(folded);
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
        if (number.endsWith(".")) {
            // the full stop of a sentence that ends with the number: "Press contact: ... (+352) 4303 3355."
            number = number.substring(0, number.length() - 1).strip();
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

    /**
     * Says whether a text is a person's name: two to five capitalised words of letters (surnames may be in
     * capitals; hyphens, apostrophes and dots allowed), lower-case surname particles such as {@code von der}
     * between them, and no role word ({@code Press Officer} and {@code Acme Inc.} are no names).
     *
     * @param text a text, such as a line or a heading
     * @return {@code true} for a name
     */
    public static boolean isName(String text) {
        // The words as text.split(" ") would cut them: trailing empty words do not count, any other empty word
        // fails. One pass reads them, so most segments (roles, sentences) fail at their first lower-case word.
        // The scans read an array: String.charAt's Latin-1/UTF-16 test made C2 deoptimise them on UTF-16 text.
        char[] chars = text.toCharArray();
        int end = chars.length;
        while (end > 0 && chars[end - 1] == ' ') {
            end--;
        }
        int words = 0;
        int start = 0;
        for (int i = 0; i <= end; i++) {
            if (i == end || chars[i] == ' ') {
                // A particle ("da", "von der") stands only between capitalised words of the name.
                boolean inner = words > 0 && i < end;
                if (++words > MAX_NAME_WORDS
                        || !isNameWord(chars, start, i) && !(inner && isParticle(chars, start, i))) {
                    return false;
                }
                start = i + 1;
            }
        }
        return words >= 2;
    }

    /** Whether {@code text[start, end)} is a lower-case particle of a surname, as written. */
    private static boolean isParticle(char[] text, int start, int end) {
        int length = end - start;
        // Particles are one to five lower-case letters: most words are turned down before anything is copied.
        if (length < 1 || length > 5 || text[start] < 'a' || text[start] > 'z') {
            return false;
        }
        for (int k = 0; k < NAME_PARTICLES.size(); k++) {
            String particle = NAME_PARTICLES.get(k);
            if (particle.length() == length && particle.equals(new String(text, start, length))) {
                return true;
            }
        }
        return false;
    }

    /** A capitalised word of letters (hyphens, apostrophes, dots), not a role word. */
    private static boolean isNameWord(char[] text, int start, int end) {
        if (start == end) {
            return false;
        }
        char first = text[start];
        if (first < 128 ? first < 'A' || first > 'Z' : !Character.isUpperCase(first)) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = text[i];
            if (c < 128 ? (c | 0x20) < 'a' || (c | 0x20) > 'z' : !Character.isLetter(c) && c != '\u2019') {
                if (c != '-' && c != '\'' && c != '.') {
                    return false;
                }
            }
        }
        return !isRoleWord(text, start, end);
    }

    /**
     * Whether {@code text[start, end)}, lower-cased as {@code toLowerCase(Locale.ROOT)} would, is a role word:
     * compared in place against the role words of its length, so that no candidate word is copied.
     */
    private static boolean isRoleWord(char[] text, int start, int end) {
        int length = end - start;
        if (length >= ROLE_WORDS_BY_LENGTH.length) {
            return false;
        }
        for (String word : ROLE_WORDS_BY_LENGTH[length]) {
            if (lowerCaseEquals(text, start, word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerCaseEquals(char[] text, int start, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char c = text[start + k];
            // The dotted capital I lower-cases to two characters, so it matches no word of this length.
            if (c == '\u0130' || Character.toLowerCase(c) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #ROLE_WORDS} by length: index {@code n} holds the words of {@code n} characters. */
    private static String[][] byLength(Set<String> words) {
        int longest = 0;
        for (String word : words) {
            longest = Math.max(longest, word.length());
        }
        List<List<String>> grouped = new ArrayList<>();
        for (int i = 0; i <= longest; i++) {
            grouped.add(new ArrayList<>());
        }
        for (String word : words) {
            grouped.get(word.length()).add(word);
        }
        String[][] out = new String[longest + 1][];
        for (int i = 0; i <= longest; i++) {
            out[i] = grouped.get(i).toArray(String[]::new);
        }
        return out;
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

    private record Classified(SegmentKind kind, String value) {
    }

    /** A contact being read. */
    private static final class Draft {
        final String name;
        String role;
        String organization;
        final List<String> phones = new ArrayList<>();
        final List<String> emails = new ArrayList<>();

        /** Whether the name is a press office's: a line under it may say whose office it is. */
        final boolean office;

        Draft(String name) {
            this(name, false);
        }

        Draft(String name, boolean office) {
            this.name = name;
            this.office = office;
        }
    }
}
