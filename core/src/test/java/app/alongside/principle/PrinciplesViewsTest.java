package app.alongside.principle;

import org.junit.Test;

import java.util.List;

import static org.junit.Assert.assertEquals;

public class PrinciplesViewsTest {

    private final PrinciplesViews views = new PrinciplesViews((key, args) -> "[" + key + "]");

    @Test
    public void viewNumbersPrinciplesInPublishedOrderWithTheirWords() {
        PrinciplesView view = views.of(Framework.SCIE);

        assertEquals("scie", view.frameworkKey());
        assertEquals("[alongside.framework.scie.name]", view.frameworkName());
        assertEquals(List.of(1, 2, 3, 4), view.principles().stream().map(PrinciplesView.PrincipleView::number).toList());
        assertEquals("[alongside.principle.scie.diversity.name]", view.principles().get(1).name());
        assertEquals("[alongside.principle.scie.diversity.explanation]", view.principles().get(1).explanation());
        assertEquals("[alongside.framework.scie.source]", view.source());
    }

    @Test
    public void everyFrameworkProducesAView() {
        for (Framework framework : Framework.values()) {
            assertEquals(framework.principles().size(), views.of(framework).principles().size());
        }
    }
}
