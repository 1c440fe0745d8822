package app.alongside.workbench.http.api;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code expand} query parameter: a comma-separated list of dotted paths, e.g. {@code body.view,version}. */
record Expansions(Set<String> paths) {

    static Expansions parse(String expand, String defaults) {
        String value = expand == null ? defaults : expand;
        return new Expansions(Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet()));
    }

    /** {@code space} is asked for by {@code space} or by anything below it ({@code space.description}). */
    boolean has(String path) {
        return paths.stream().anyMatch(p -> p.equals(path) || p.startsWith(path + "."));
    }
}
