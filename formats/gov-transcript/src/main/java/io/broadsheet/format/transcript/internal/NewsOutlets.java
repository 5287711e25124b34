package io.broadsheet.format.transcript.internal;

import java.util.Locale;
import java.util.Set;

/**
 * News outlets whose reporters' questions a transcript labels with the outlet alone: China's foreign ministry
 * prints {@code CCTV:}, {@code AFP:}, {@code China Daily:} before each question, and the Philippine Palace
 * {@code JOHN RIVERA/GMA NEWS:}. Such a label names no person.
 *
 * <p>The names are a facts list compiled by hand from the wire services, broadcasters and papers that commonly
 * put questions at government briefings in Asia, Europe, Africa and the Americas (their own names for
 * themselves); outlets not listed are known by the word that ends their name ({@code Hubei Daily},
 * {@code Phoenix TV}), which the caller takes only with a question behind it.
 */
final class NewsOutlets {

    /** Outlets by name, in capitals. */
    private static final Set<String> NAMES = Set.of(
            // wire services and agencies
            "REUTERS", "AP", "ASSOCIATED PRESS", "AFP", "AGENCE FRANCE-PRESSE", "BLOOMBERG", "XINHUA",
            "XINHUA NEWS AGENCY", "CHINA NEWS SERVICE", "TASS", "RIA NOVOSTI", "SPUTNIK", "INTERFAX", "KYODO",
            "KYODO NEWS", "JIJI", "JIJI PRESS", "YONHAP", "YONHAP NEWS AGENCY", "DPA", "EFE", "ANSA", "ANADOLU",
            "ANADOLU AGENCY", "PTI", "ANI", "PRESS TRUST OF INDIA", "BERNAMA", "ANTARA", "VNA", "PNA",
            "PRENSA LATINA", "DOW JONES", "NEWS24",
            // broadcasters
            "CCTV", "CGTN", "CNR", "CRI", "NHK", "TBS", "KBS", "MBC", "SBS", "ARIRANG", "BBC", "CNN", "CNBC", "NBC",
            "CBS", "ABC", "AL JAZEERA", "DEUTSCHE WELLE", "DW", "RFI", "FRANCE 24", "EURONEWS", "VOA",
            "VOICE OF AMERICA", "RFA", "NPR", "PTV", "ABS-CBN", "TV5", "CNA", "CHANNEL NEWSASIA", "RTHK", "TVB",
            "SABC", "ENCA", "EWN", "CBC", "RADIO-CANADA", "CTV", "RNZ", "TVNZ", "ITV", "RTE", "RAI", "ZDF", "ARD",
            // papers and sites
            "PEOPLE'S DAILY", "CHINA DAILY", "GLOBAL TIMES", "THE PAPER", "NIKKEI", "ASAHI SHIMBUN",
            "YOMIURI SHIMBUN", "MAINICHI SHIMBUN", "STRAITS TIMES", "THE STRAITS TIMES", "LIANHE ZAOBAO", "SCMP",
            "SOUTH CHINA MORNING POST", "WALL STREET JOURNAL", "THE WALL STREET JOURNAL", "WSJ", "FINANCIAL TIMES",
            "NEW YORK TIMES", "THE NEW YORK TIMES", "WASHINGTON POST", "THE WASHINGTON POST", "THE GUARDIAN",
            "THE ECONOMIST", "LE MONDE", "POLITICO", "AXIOS", "LA PRESSE");

    /** Last words of an outlet's name: {@code Hubei Daily}, {@code Phoenix TV}, {@code Yonhap News Agency}. */
    private static final Set<String> HEAD_WORDS = Set.of("NEWS", "TIMES", "DAILY", "POST", "TV", "TELEVISION",
            "RADIO", "AGENCY", "HERALD", "TRIBUNE", "JOURNAL", "GAZETTE", "TELEGRAPH", "SHIMBUN", "ILBO",
            "BROADCASTING", "MEDIA", "NETWORK", "WEEKLY", "CHRONICLE", "OBSERVER");

    /** The longest listed name, in characters; longer labels are not looked up. */
    private static final int MAX_NAME = 30;

    private NewsOutlets() {
    }

    /**
     * Whether a label is an outlet's: a listed name, or two or more words ending in an outlet's word, where the
     * text after the label asks a question. A listed name in capitals ({@code CCTV:}) needs no question: only a
     * transcript sets a paragraph's opening so.
     *
     * @param label     the label without its colon, spaces collapsed
     * @param capitals  whether the label is set in capitals (or bold), as no ordinary paragraph opens
     * @param text      the block the label opens
     * @param textStart where the spoken text begins in {@code text}
     * @return whether the label names an outlet rather than a person
     */
    static boolean labels(String label, boolean capitals, String text, int textStart) {
        // "Reuters: The minister said nothing." opens a news digest's paragraph; a reporter's turn asks
        if (label.length() > MAX_NAME || label.length() < 2) {
            return false;
        }
        String upper = label.toUpperCase(Locale.ROOT);
        if (NAMES.contains(upper)) {
            return capitals || text.indexOf('?', textStart) > 0;
        }
        int space = upper.lastIndexOf(' ');
        return space > 0 && HEAD_WORDS.contains(upper.substring(space + 1)) && text.indexOf('?', textStart) > 0;
    }

    /**
     * Whether the words after a reporter's name are an outlet: a listed name, or a name ending in an outlet's
     * word ({@code Lerato Mokoena, SABC News}).
     *
     * @param words the words, spaces collapsed
     * @return whether they name an outlet
     */
    static boolean named(String words) {
        if (words.length() > MAX_NAME || words.length() < 2) {
            return false;
        }
        String upper = words.toUpperCase(Locale.ROOT);
        int space = upper.lastIndexOf(' ');
        return NAMES.contains(upper) || space > 0 && HEAD_WORDS.contains(upper.substring(space + 1));
    }
}
