package io.broadsheet.internal.quote;

import io.broadsheet.Person;
import io.broadsheet.SpeakerKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people and organisations of one document. Names link by surname (the last name word), so that
 * {@code Secretary Blinken} and {@code Blinken} join {@code Secretary of State Antony J. Blinken}, unless the
 * first names differ; each entity keeps the fullest form of its name as its canonical name. Lookups are hash-map
 * reads, so registering and linking stay linear in the number of mentions.
 */
final class Registry {

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, List<Entity>> bySurname = new HashMap<>();
    private final Map<String, Entity> organisations = new HashMap<>();

    /** Seeds the registry with people a format provider already found, such as a transcript's speakers. */
    void addGiven(Person person) {
        Entity e = person(person.name(), person.kind() == null ? SpeakerKind.PERSON : person.kind(), Gender.UNKNOWN);
        person.roles().forEach(e::addRole);
        person.mentions().forEach(e::addMention);
        e.markGiven();
    }

    /** Links a mention of a person by name, creating the person on first sight. */
    Entity linkPerson(Mention m, Lexicon lexicon) {
        Entity e = findPerson(m.name, true);
        if (e == null) {
            e = person(m.name, SpeakerKind.PERSON, m.gender);
        } else {
            e.offerName(m.name);
            e.offerGender(m.gender);
            e.offerKind(SpeakerKind.PERSON);
        }
        Gender firstNameGender = firstNameGender(m.name, lexicon);
        e.offerGender(firstNameGender);
        e.addRole(m.role);
        e.addMention(m.text);
        e.lastSentence = Math.max(e.lastSentence, m.sentence);
        m.entity = e;
        return e;
    }

    /** Links a bare name to a known person with that surname; returns {@code null} when none is known. */
    Entity linkKnown(Mention m) {
        Entity e = findPerson(m.name, false);
        if (e != null) {
            e.addMention(m.text);
            e.lastSentence = Math.max(e.lastSentence, m.sentence);
            m.entity = e;
        }
        return e;
    }

    /** Links a mention of an organisation by name. Shorter forms join longer ones: The Post, The Washington Post. */
    Entity linkOrganisation(Mention m) {
        String key = organisationKey(m.name);
        Entity e = organisations.get(key);
        if (e == null) {
            e = findOrganisationByLastWord(key);
        }
        if (e == null) {
            e = new Entity(stripArticle(m.name), SpeakerKind.ORGANISATION, Gender.UNKNOWN, entities.size());
            entities.add(e);
        } else {
            e.offerName(stripArticle(m.name));
        }
        organisations.put(key, e);
        e.addMention(m.text);
        e.lastSentence = Math.max(e.lastSentence, m.sentence);
        m.entity = e;
        return e;
    }

    /** The most recently mentioned organisation whose name ends with {@code noun} (the ministry, the newspaper). */
    Entity organisationByNoun(String noun, boolean publication) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.kind() != SpeakerKind.ORGANISATION) {
                continue;
            }
            String last = e.surname();
            boolean fits = last.equals(noun) || (publication && isPublicationWord(last));
            if (fits && (best == null || e.lastSentence > best.lastSentence)) {
                best = e;
            }
        }
        return best;
    }

    /** The most recently mentioned person who holds a role like {@code normalisedRole}. */
    Entity personByRole(String normalisedRole) {
        Entity best = null;
        for (Entity e : entities) {
            if (e.kind() != SpeakerKind.ORGANISATION && e.hasRoleLike(normalisedRole)
                    && (best == null || e.lastSentence > best.lastSentence)) {
                best = e;
            }
        }
        return best;
    }

    /** A new entity for a speaker nothing else names, such as a bare surname used with a cue. */
    Entity newPerson(String name, SpeakerKind kind) {
        return person(name, kind, Gender.UNKNOWN);
    }

    List<Entity> entities() {
        return entities;
    }

    private Entity person(String name, SpeakerKind kind, Gender gender) {
        Entity e = new Entity(name, kind, gender, entities.size());
        entities.add(e);
        bySurname.computeIfAbsent(e.surname(), k -> new ArrayList<>()).add(e);
        return e;
    }

    private Entity findPerson(String name, boolean strict) {
        List<Entity> namesakes = bySurname.get(Entity.surnameOf(name));
        if (namesakes == null) {
            return null;
        }
        String first = Entity.givenName(name);
        Entity best = null;
        for (Entity e : namesakes) {
            if (strict && first != null && e.firstName() != null && !sameFirstName(first, e.firstName())) {
                continue;
            }
            if (best == null || e.lastSentence > best.lastSentence) {
                best = e;
            }
        }
        return best;
    }

    private static boolean sameFirstName(String a, String b) {
        String x = a.replace(".", "");
        String y = b.replace(".", "");
        return x.equals(y) || (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
    }

    private static Gender firstNameGender(String name, Lexicon lexicon) {
        String[] words = name.strip().split("\\s+");
        if (words.length < 2) {
            return Gender.UNKNOWN;
        }
        Gender g = lexicon.firstName(words[0]);
        return g == null ? Gender.UNKNOWN : g;
    }

    private Entity findOrganisationByLastWord(String key) {
        String[] words = key.split(" ");
        String last = words[words.length - 1];
        for (Map.Entry<String, Entity> entry : organisations.entrySet()) {
            String[] other = entry.getKey().split(" ");
            if (!other[other.length - 1].equals(last)) {
                continue;
            }
            if (containsAll(entry.getKey(), words) || containsAll(key, other)) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static boolean containsAll(String phrase, String[] words) {
        String padded = " " + phrase + " ";
        for (String w : words) {
            if (!padded.contains(" " + w + " ")) {
                return false;
            }
        }
        return true;
    }

    private static String organisationKey(String name) {
        String key = Lexicon.normalise(name);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    private static String stripArticle(String name) {
        return name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
    }

    private static boolean isPublicationWord(String word) {
        return switch (word) {
            case "post", "times", "journal", "herald", "tribune", "gazette", "chronicle", "news", "telegraph",
                 "guardian", "independent", "economist", "observer", "mail", "express", "mirror", "sun", "star",
                 "globe", "examiner", "inquirer", "monde", "spiegel", "politico", "axios", "reuters", "bloomberg" -> true;
            default -> false;
        };
    }
}
