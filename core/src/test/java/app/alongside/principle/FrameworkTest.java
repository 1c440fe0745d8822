package app.alongside.principle;

import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class FrameworkTest {

    @Test
    public void eachFrameworkHasItsPublishedNumberOfPrinciples() {
        assertEquals(6, Framework.NEF.principles().size());
        assertEquals(4, Framework.SCIE.principles().size());
        assertEquals(5, Framework.NIHR.principles().size());
        assertEquals(5, Framework.FOUR_PI.principles().size());
    }

    @Test
    public void parameterAcceptsStoredValueEnumNameAndCommonSpellings() {
        assertEquals(Optional.of(Framework.FOUR_PI), Framework.fromParameter("4pi"));
        assertEquals(Optional.of(Framework.FOUR_PI), Framework.fromParameter(" 4Pi "));
        assertEquals(Optional.of(Framework.FOUR_PI), Framework.fromParameter("FOUR_PI"));
        assertEquals(Optional.of(Framework.FOUR_PI), Framework.fromParameter("four pi"));
        assertEquals(Optional.of(Framework.NEF), Framework.fromParameter("NEF"));
    }

    @Test
    public void unknownOrMissingParameterIsEmpty() {
        assertEquals(Optional.empty(), Framework.fromParameter("<script>alert(1)</script>"));
        assertEquals(Optional.empty(), Framework.fromParameter(""));
        assertEquals(Optional.empty(), Framework.fromParameter(null));
    }

    @Test
    public void principlesKeepThePublishedOrderAndNameTheirI18nKeys() {
        List<String> ids = Framework.SCIE.principles().stream().map(Principle::id).toList();

        assertEquals(List.of("equality", "diversity", "accessibility", "reciprocity"), ids);
        assertEquals("alongside.principle.scie.equality.name", Framework.SCIE.principles().get(0).nameKey());
        assertEquals("alongside.principle.4pi.impact.explanation",
                Framework.FOUR_PI.principles().get(4).explanationKey());
    }

    @Test(expected = IllegalArgumentException.class)
    public void principleIdMustBeAKeyFragment() {
        new Principle(Framework.NEF, "Not An Id");
    }
}
