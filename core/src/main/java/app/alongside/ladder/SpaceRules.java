package app.alongside.ladder;

/** The rules a space's decisions are placed by, wherever a placement is worked out (stored or live). */
@FunctionalInterface
public interface SpaceRules {

    LadderRules rulesFor(String spaceKey);
}
