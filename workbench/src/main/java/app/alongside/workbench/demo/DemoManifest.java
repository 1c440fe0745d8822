package app.alongside.workbench.demo;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * {@code demo/demo.json}: the people, spaces and pages of the seeded demo. Page bodies are storage-format files
 * next to it, so extending the demo is adding a file and a line here.
 */
public record DemoManifest(List<Person> people, List<DemoSpace> spaces, List<DemoPerspective> perspectives,
                           List<DemoSignature> signatures, List<DemoLedgerEntry> ledger) {

    public DemoManifest {
        people = List.copyOf(Objects.requireNonNullElse(people, List.of()));
        spaces = List.copyOf(Objects.requireNonNullElse(spaces, List.of()));
        perspectives = List.copyOf(Objects.requireNonNullElse(perspectives, List.of()));
        signatures = List.copyOf(Objects.requireNonNullElse(signatures, List.of()));
        ledger = List.copyOf(Objects.requireNonNullElse(ledger, List.of()));
    }

    /**
     * Time recorded in the reciprocity ledger through the app's REST API by a facilitator ({@code as}), for
     * {@code people} (usernames, or participant pages as "SPACE/Title") in {@code space}, as the ledger's form takes
     * it. Private, so never in page files.
     */
    public record DemoLedgerEntry(String as, String space, List<String> people, String meeting, String date,
                                  String activity, String time, String type, String amount, String state,
                                  String paidOn, boolean mayAffectBenefits) {
        public DemoLedgerEntry {
            Objects.requireNonNull(as, "as");
            Objects.requireNonNull(space, "space");
            people = List.copyOf(Objects.requireNonNullElse(people, List.of()));
        }
    }

    /** A member signing a charter page ("SPACE/Title") through the app's REST API, as {@code as}. */
    public record DemoSignature(String as, String charter) {
        public DemoSignature {
            Objects.requireNonNull(as, "as");
            Objects.requireNonNull(charter, "charter");
        }
    }

    /**
     * A private perspective the demo declares through the app's own REST API, as {@code as}: for themself, or, with
     * {@code participantPage} ("SPACE/Title"), on that person's behalf with the note of their consent. Private data
     * never lives in page files.
     */
    public record DemoPerspective(String as, String participantPage, List<String> perspectives, String ownWords,
                                  boolean showOnPage, String consentGivenBy, String consentGivenOn,
                                  String consentHow) {
        public DemoPerspective {
            Objects.requireNonNull(as, "as");
            perspectives = List.copyOf(Objects.requireNonNullElse(perspectives, List.of()));
        }
    }

    /** A person: a username, an ordinary display name, and groups. Nothing about roles or health, ever. */
    public record Person(String username, String fullName, String email, Set<String> groups) {
        public Person {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(fullName, "fullName of " + username);
            groups = Set.copyOf(Objects.requireNonNullElse(groups, Set.of()));
        }
    }

    public record DemoSpace(String key, String name, String description, String homePage, Set<String> viewerGroups,
                            Set<String> viewerUsers, Set<String> administrators, List<DemoContent> content) {
        public DemoSpace {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name of space " + key);
            viewerGroups = Set.copyOf(Objects.requireNonNullElse(viewerGroups, Set.of()));
            viewerUsers = Set.copyOf(Objects.requireNonNullElse(viewerUsers, Set.of()));
            administrators = Set.copyOf(Objects.requireNonNullElse(administrators, Set.of()));
            content = List.copyOf(Objects.requireNonNullElse(content, List.of()));
        }
    }

    /** A page ({@code kind} "page", the default) or blog post ("blogpost"), its body file, author, labels, restriction. */
    public record DemoContent(String kind, String title, String file, String author, List<String> labels,
                              Set<String> restrictedTo) {
        public DemoContent {
            kind = Objects.requireNonNullElse(kind, "page");
            if (!kind.equals("page") && !kind.equals("blogpost")) {
                throw new IllegalArgumentException("demo content kind is page or blogpost: " + kind);
            }
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(file, "file of " + title);
            Objects.requireNonNull(author, "author of " + title);
            labels = List.copyOf(Objects.requireNonNullElse(labels, List.of()));
            restrictedTo = Set.copyOf(Objects.requireNonNullElse(restrictedTo, Set.of()));
        }
    }
}
