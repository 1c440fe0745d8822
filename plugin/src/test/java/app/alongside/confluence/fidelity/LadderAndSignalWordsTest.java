package app.alongside.confluence.fidelity;

import app.alongside.confluence.testing.PluginFiles;
import app.alongside.decision.Stage;
import app.alongside.ladder.ArnsteinRung;
import app.alongside.ladder.LadderRung;
import app.alongside.signal.SignalKind;
import org.junit.Test;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.Assert.assertEquals;

/** The ladder and the signals build their keys from enums; every key they can build has its words. */
public class LadderAndSignalWordsTest {

    private final Properties i18n = PluginFiles.i18n();

    @Test
    public void everyRungBandStageLineUnknownAndSignalHasItsWords() {
        Set<String> missing = new TreeSet<>();
        for (LadderRung rung : LadderRung.values()) {
            require(rung.nameKey(), missing);
            require(rung.band().nameKey(), missing);
            if (rung.compareTo(LadderRung.INFORMING) > 0) {
                require("alongside.ladder.unknown.couldBe." + rung.parameterValue(), missing);
            }
        }
        for (ArnsteinRung rung : ArnsteinRung.values()) {
            require(rung.nameKey(), missing);
        }
        for (Stage stage : Stage.values()) {
            for (String line : new String[] {"nobody", "none", "some", "hidden"}) {
                require("alongside.ladder.stage." + stage.parameterValue() + "." + line, missing);
            }
            require("alongside.ladder.unknown." + stage.parameterValue(), missing);
        }
        for (SignalKind kind : SignalKind.values()) {
            require(kind.nameKey(), missing);
        }
        assertEquals(Set.of(), missing);
    }

    private void require(String key, Set<String> missing) {
        if (!i18n.containsKey(key)) {
            missing.add(key);
        }
    }
}
