package app.alongside.ladder;

import app.alongside.charter.Charter;

import java.util.List;

/**
 * Port: the agreed charters covering a space, read from their pages. Implementations read only a few charters per
 * call and keep nothing between calls (another node may have saved a charter since).
 */
@FunctionalInterface
public interface AgreedCharters {

    /** No charter anywhere: the space's settings alone. */
    AgreedCharters NONE = spaceKey -> List.of();

    /** The agreed charters that cover the space; a charter of another status may be returned and is ignored. */
    List<Charter> covering(String spaceKey);
}
