package app.alongside.confluence.ladder;

import app.alongside.ladder.PlacementUpkeep;
import app.alongside.ladder.Placements;
import app.alongside.participant.ParticipantIndex;
import app.alongside.perspective.PerspectiveChanges;
import app.alongside.perspective.SubjectKey;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The one place the app asks for placements to be computed again after something they rest on changed: a perspective
 * (told by core's {@code PerspectiveService}, whichever screen, REST call or page event drove the change) or a space's
 * or the global rules (told by the settings screens and REST), or what a space's agreed charter asks of its ladder
 * (told by the page sync). Never fails what it is told about: the change is
 * already saved, so a failure here is logged and a rebuild of the decision index catches up.
 */
@Named
public final class PlacementRefresh implements PerspectiveChanges {

    private static final Logger log = LoggerFactory.getLogger(PlacementRefresh.class);

    private final PlacementUpkeep upkeep;

    @Inject
    public PlacementRefresh(Placements placements, ParticipantIndex participants) {
        this.upkeep = new PlacementUpkeep(placements, participants);
    }

    @Override
    public void changed(SubjectKey subject) {
        try {
            upkeep.changed(subject);
        } catch (RuntimeException e) {
            warn("a perspective changed", e);
        }
    }

    @Override
    public void changedForMany() {
        try {
            upkeep.changedForMany();
        } catch (RuntimeException e) {
            warn("retention removed perspectives", e);
        }
    }

    /** After a space's settings (or, empty, the global ones) were saved. */
    public void settingsChanged(Optional<String> spaceKey) {
        try {
            upkeep.settingsChanged(spaceKey);
        } catch (RuntimeException e) {
            warn("the rules of " + spaceKey.map(k -> "space " + k).orElse("every space") + " changed", e);
        }
    }

    /** After a charter page of the space was saved, trashed or restored and what it asks of the ladder changed. */
    public void charterChanged(String spaceKey) {
        try {
            upkeep.settingsChanged(Optional.of(spaceKey));
        } catch (RuntimeException e) {
            warn("the charter of space " + spaceKey + " changed", e);
        }
    }

    private static void warn(String what, RuntimeException e) {
        log.warn("Alongside: could not place decisions again after {}; the change was saved, and a rebuild of the "
                + "decision index will catch up: {}", what, e.toString(), e);
    }
}
