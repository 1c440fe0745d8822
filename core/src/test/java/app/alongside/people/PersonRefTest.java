package app.alongside.people;

import org.junit.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

public class PersonRefTest {

    @Test
    public void everyKindOfPersonComesBackFromItsKey() {
        List<PersonRef> people = List.of(
                new PersonRef.User("8a7f808a8d0c1f2e"),
                new PersonRef.Page("COPRO", "Sam Okafor"),
                new PersonRef.Page("", "Sam Okafor"),
                new PersonRef.Named("Priya"),
                new PersonRef.Named("Dr: no, just Jo"),
                new PersonRef.Named("محمد"),
                new PersonRef.User("user:with:colons"));
        for (PersonRef person : people) {
            assertEquals(person.key(), Optional.of(person), PersonRef.fromKey(person.key()));
        }
    }

    @Test
    public void aPageTitleMayContainColons() {
        assertEquals(Optional.of(new PersonRef.Page("COPRO", "Meeting: 3 March: notes")),
                PersonRef.fromKey("page:COPRO:Meeting: 3 March: notes"));
    }

    @Test
    public void aPageInTheSameSpaceKeepsItsEmptySpaceKey() {
        assertEquals(Optional.of(new PersonRef.Page("", "Sam")), PersonRef.fromKey("page::Sam"));
    }

    @Test
    public void anythingElseIsNotAKey() {
        for (String notAKey : new String[] {null, "", "user:", "user:  ", "name:", "page:COPRO", "page:COPRO:",
                "page::", "group:staff", "USER:abc", "Sam"}) {
            assertEquals(String.valueOf(notAKey), Optional.empty(), PersonRef.fromKey(notAKey));
        }
    }
}
