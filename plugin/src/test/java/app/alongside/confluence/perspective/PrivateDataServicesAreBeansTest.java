package app.alongside.confluence.perspective;

import app.alongside.confluence.participant.persistence.AoParticipantIndex;
import app.alongside.confluence.perspective.persistence.AoAuditLog;
import app.alongside.confluence.perspective.persistence.AoPerspectiveStore;
import app.alongside.confluence.testing.PluginFiles;
import app.alongside.participant.ParticipantDirectory;
import app.alongside.participant.ParticipantIndex;
import app.alongside.participant.ParticipantProfileReader;
import app.alongside.perspective.AuditLog;
import app.alongside.perspective.InvolvementTotals;
import app.alongside.perspective.PerspectiveService;
import app.alongside.perspective.PerspectiveStore;
import app.alongside.perspective.SubjectResolver;
import org.junit.Test;
import org.springframework.context.support.GenericApplicationContext;

import java.nio.file.Files;
import java.util.List;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;

/**
 * Core's private-data and participant services are beans of the app's context, each type exactly once, over the
 * Active Objects stores: built from the scanner's index and mocked host services, as in Confluence.
 */
public class PrivateDataServicesAreBeansTest {

    @Test
    public void eachServiceIsOneBeanOverTheActiveObjectsStores() throws Exception {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            for (String line : lines("imports")) {
                register(context, Class.forName(line.split("#")[0]));
            }
            for (String line : lines("component")) {
                context.registerBean(Class.forName(line.split("#")[0]));
            }
            context.refresh();

            assertTrue(context.getBean(PerspectiveStore.class) instanceof AoPerspectiveStore);
            assertTrue(context.getBean(AuditLog.class) instanceof AoAuditLog);
            assertTrue(context.getBean(ParticipantIndex.class) instanceof AoParticipantIndex);
            for (Class<?> service : List.of(PerspectiveService.class, InvolvementTotals.class,
                    ParticipantDirectory.class, SubjectResolver.class, ParticipantProfileReader.class)) {
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
