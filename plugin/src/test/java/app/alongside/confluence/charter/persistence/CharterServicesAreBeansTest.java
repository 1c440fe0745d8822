package app.alongside.confluence.charter.persistence;

import app.alongside.charter.CharterReader;
import app.alongside.charter.CommitmentEvaluator;
import app.alongside.charter.checkin.CheckInStore;
import app.alongside.charter.checkin.CheckIns;
import app.alongside.charter.signing.SignatureStore;
import app.alongside.charter.signing.Signing;
import app.alongside.confluence.testing.PluginFiles;
import org.junit.Test;
import org.springframework.context.support.GenericApplicationContext;

import java.nio.file.Files;
import java.util.List;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

/**
 * Core's charter services are beans of the app's context, each type exactly once, over the Active Objects stores:
 * built from the scanner's index and mocked host services, as in Confluence.
 */
public class CharterServicesAreBeansTest {

    @Test
    public void eachCharterServiceIsOneBeanOverTheActiveObjectsStores() throws Exception {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            for (String line : lines("imports")) {
                register(context, Class.forName(line.split("#")[0]));
            }
            for (String line : lines("component")) {
                context.registerBean(Class.forName(line.split("#")[0]));
            }
            context.refresh();

            assertTrue(context.getBean(SignatureStore.class) instanceof AoSignatureStore);
            assertTrue(context.getBean(CheckInStore.class) instanceof AoCheckInStore);
            for (Class<?> service : List.of(Signing.class, CheckIns.class, CharterReader.class,
                    CommitmentEvaluator.class)) {
                assertNotNull(service.getSimpleName(), context.getBean(service));
            }
        }
    }

    private static <T> void register(GenericApplicationContext context, Class<T> type) {
        context.registerBean(type, () -> mock(type));
    }

    private static List<String> lines(String file) throws Exception {
        return Files.readAllLines(PluginFiles.CLASSES.resolve("META-INF/plugin-components/" + file)).stream()
                .filter(l -> !l.isBlank()).toList();
    }
}
