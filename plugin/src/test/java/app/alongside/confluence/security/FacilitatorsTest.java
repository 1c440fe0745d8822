package app.alongside.confluence.security;

import app.alongside.confluence.testing.ConfluenceFixture;
import org.junit.Rule;
import org.junit.Test;

import java.util.Optional;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

/** Who may record a perspective on someone's behalf: Confluence decides, through group membership. */
public class FacilitatorsTest {

    @Rule
    public final ConfluenceFixture confluence = new ConfluenceFixture();

    @Test
    public void membersOfTheFacilitatorsGroupAreFacilitators() {
        assertTrue(confluence.permissions.isFacilitator(Optional.of(confluence.facilitator("sam"))));
    }

    @Test
    public void confluenceAdministratorsAreFacilitators() {
        assertTrue(confluence.permissions.isFacilitator(Optional.of(confluence.confluenceAdmin("admin"))));
    }

    @Test
    public void otherMembersAndAnonymousVisitorsAreNot() {
        assertFalse(confluence.permissions.isFacilitator(Optional.of(confluence.user("alex"))));
        assertFalse(confluence.permissions.isFacilitator(Optional.empty()));
    }
}
