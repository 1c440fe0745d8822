package app.alongside.confluence.ladder;

import app.alongside.ladder.Placements;
import app.alongside.participant.InMemoryParticipantIndex;
import app.alongside.perspective.SubjectKey;
import org.junit.Test;

import java.util.Optional;
import java.util.Set;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/** What moves placements is told to re-place them, and a failure there never fails the change it follows. */
public class PlacementRefreshTest {

    private final Placements placements = mock(Placements.class);
    private final PlacementRefresh refresh = new PlacementRefresh(placements, new InMemoryParticipantIndex());

    @Test
    public void aPerspectiveChangeRePlacesTheDecisionsNamingThePerson() {
        refresh.changed(SubjectKey.user("u-alex"));

        verify(placements).replaceInvolving(Set.of("user:u-alex"));
    }

    @Test
    public void settingsRePlaceTheirSpaceOrEverySpace() {
        refresh.settingsChanged(Optional.of("RC"));
        refresh.settingsChanged(Optional.empty());
        refresh.changedForMany();

        verify(placements).replaceSpace("RC");
        verify(placements, org.mockito.Mockito.times(2)).replaceAll();
    }

    @Test
    public void aCharterThatChangedWhatItAsksRePlacesItsSpace() {
        refresh.charterChanged("RC");

        verify(placements).replaceSpace("RC");
    }

    @Test
    public void aFailureIsLoggedNotThrown() {
        doThrow(new IllegalStateException("database is down")).when(placements).replaceInvolving(any());
        doThrow(new IllegalStateException("database is down")).when(placements).replaceSpace(any());
        doThrow(new IllegalStateException("database is down")).when(placements).replaceAll();

        refresh.changed(SubjectKey.user("u-alex"));
        refresh.settingsChanged(Optional.of("RC"));
        refresh.charterChanged("RC");
        refresh.changedForMany();
    }
}
