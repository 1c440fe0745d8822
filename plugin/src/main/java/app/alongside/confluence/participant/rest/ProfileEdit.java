package app.alongside.confluence.participant.rest;

import app.alongside.participant.AccessNeed;
import app.alongside.participant.ParticipantMacros;
import app.alongside.participant.ParticipantProfile;
import app.alongside.validation.Problem;
import app.alongside.validation.Validated;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a profile change and turns it into the macro parameters to write. Free text accepts anything a person might
 * write — any script, emoji, punctuation — and only oversized input, a missing name, unknown access codes, and list
 * items that would be split when read back (a comma or semicolon in one skill) are refused, each with a message for
 * its field. Characters that cannot be stored in a page (control characters) are dropped.
 */
final class ProfileEdit {

    static final int MAX_TEXT = ParticipantProfile.MAX_SHORT_TEXT;
    static final int MAX_PRONOUNS = 60;
    static final int MAX_NOTES = ParticipantProfile.MAX_NOTE_TEXT;
    static final int MAX_ITEMS = ParticipantProfile.MAX_LIST_ITEMS;

    private ProfileEdit() {
    }

    /** The parameters to change (name → new text; empty text removes the parameter), or the problems by field. */
    static Validated<Map<String, String>> parameters(ProfileUpdateJson update) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> changes = new LinkedHashMap<>();
        if (update == null) {
            return Validated.valid(changes);
        }
        if (update.name() != null) {
            String name = clean(update.name());
            if (name.isEmpty()) {
                problems.add(Problem.of(ParticipantMacros.NAME, "alongside.participant.edit.error.name.missing"));
            } else {
                text(ParticipantMacros.NAME, name, MAX_TEXT, problems, changes);
            }
        }
        optionalText(ParticipantMacros.PREFERRED_NAME, update.preferredName(), MAX_TEXT, problems, changes);
        optionalText(ParticipantMacros.PRONOUNS, update.pronouns(), MAX_PRONOUNS, problems, changes);
        optionalText(ParticipantMacros.AVAILABILITY, update.availability(), MAX_NOTES, problems, changes);
        optionalText(ParticipantMacros.ACCESS_NOTES, update.accessNotes(), MAX_NOTES, problems, changes);
        if (update.photo() != null) {
            String photo = clean(update.photo());
            if (photo.contains("/") || photo.contains("\\")) {
                problems.add(Problem.of(ParticipantMacros.PHOTO, "alongside.participant.edit.error.photo.path"));
            } else {
                text(ParticipantMacros.PHOTO, photo, MAX_TEXT, problems, changes);
            }
        }
        list(ParticipantMacros.SKILLS, update.skills(), problems, changes);
        list(ParticipantMacros.INTERESTS, update.interests(), problems, changes);
        if (update.access() != null) {
            Set<String> codes = new LinkedHashSet<>();
            List<String> unknown = new ArrayList<>();
            for (String item : update.access()) {
                String value = clean(item == null ? "" : item);
                if (value.isEmpty()) {
                    continue;
                }
                AccessNeed.fromCode(value).ifPresentOrElse(need -> codes.add(need.code()),
                        () -> unknown.add(value.length() > 40 ? value.substring(0, 40) + "\u2026" : value));
            }
            if (!unknown.isEmpty()) {
                problems.add(Problem.of(ParticipantMacros.ACCESS, "alongside.participant.edit.error.access.unknown",
                        String.join(", ", unknown), java.util.Arrays.stream(AccessNeed.values())
                                .map(AccessNeed::code).collect(Collectors.joining(", "))));
            } else {
                changes.put(ParticipantMacros.ACCESS, String.join(", ", codes));
            }
        }
        return problems.isEmpty() ? Validated.valid(changes) : Validated.invalid(problems);
    }

    private static void optionalText(String field, String value, int max, List<Problem> problems,
                                     Map<String, String> changes) {
        if (value != null) {
            text(field, clean(value), max, problems, changes);
        }
    }

    private static void text(String field, String value, int max, List<Problem> problems,
                             Map<String, String> changes) {
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            problems.add(Problem.of(field, "alongside.participant.edit.error.tooLong", max, length));
        } else {
            changes.put(field, value);
        }
    }

    /** One item per skill or interest, written back comma-separated as the macro stores them. */
    private static void list(String field, List<String> items, List<Problem> problems, Map<String, String> changes) {
        if (items == null) {
            return;
        }
        List<String> kept = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        int before = problems.size();
        for (String item : items) {
            String value = clean(item == null ? "" : item);
            if (value.isEmpty() || !seen.add(value.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (value.contains(",") || value.contains(";")) {
                problems.add(Problem.of(field, "alongside.participant.edit.error.item.separator", value));
            } else if (value.codePointCount(0, value.length()) > MAX_TEXT) {
                problems.add(Problem.of(field, "alongside.participant.edit.error.item.tooLong", MAX_TEXT));
            }
            kept.add(value);
        }
        if (kept.size() > MAX_ITEMS) {
            problems.add(Problem.of(field, "alongside.participant.edit.error.tooMany", MAX_ITEMS, kept.size()));
        }
        if (problems.size() == before) {
            changes.put(field, String.join(", ", kept));
        }
    }

    /** Trimmed, on one line, without characters a page cannot store. */
    static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]", " ").replaceAll("[\\uFFFE\\uFFFF]", "")
                .replaceAll("\\s+", " ").strip();
    }
}
