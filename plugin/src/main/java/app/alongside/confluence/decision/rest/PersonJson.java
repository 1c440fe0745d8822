package app.alongside.confluence.decision.rest;

/**
 * A person as the API names them: {@code {"type": "user|page|name", "key", "displayName", "url"}}. {@code key} is
 * stable across pages ({@code user:KEY}, {@code page:SPACE:Title}, {@code name:Text}); {@code url} is null for a
 * typed name or a user Confluence no longer knows. Never a role.
 */
public record PersonJson(String type, String key, String displayName, String url) {
}
