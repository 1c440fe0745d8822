package app.alongside.confluence.decision.rest;

/**
 * 409 from {@code POST index/rebuild}: {@code {"message": "...", "errors": [], "progress": {...}}}, the same shape as
 * every other refusal, plus the progress of the rebuild that is already running.
 */
public record RebuildConflictJson(String message, java.util.List<Object> errors, RebuildProgressJson progress) {

    RebuildConflictJson(String message, RebuildProgressJson progress) {
        this(message, java.util.List.of(), progress);
    }
}
