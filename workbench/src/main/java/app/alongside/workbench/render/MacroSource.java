package app.alongside.workbench.render;

import com.atlassian.confluence.macro.Macro;

import java.util.Optional;

/** Where the renderer finds the app's macros by the name stored in {@code ac:name}. */
@FunctionalInterface
public interface MacroSource {

    Optional<Macro> macro(String name);
}
