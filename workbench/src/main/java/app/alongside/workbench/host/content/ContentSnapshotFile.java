package app.alongside.workbench.host.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Keeps the content store in {@code content.json} in the data directory, so pages edited in the workbench survive a
 * restart as they would in Confluence. Written after every change, through a temporary file and an atomic move, so
 * a crash never leaves half a file.
 */
public final class ContentSnapshotFile implements ContentListener {

    public static final String FILE_NAME = "content.json";
    private static final Logger LOG = LoggerFactory.getLogger(ContentSnapshotFile.class);

    private final Path file;
    private final ContentStore store;
    private final ObjectMapper json = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ContentSnapshotFile(Path dataDirectory, ContentStore store) {
        this.file = dataDirectory.resolve(FILE_NAME);
        this.store = store;
    }

    /** The saved snapshot, if there is one. */
    public Optional<ContentSnapshot> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(file.toFile(), ContentSnapshot.class));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("Could not read " + file + " (" + e.getMessage()
                    + "). Start with --reset to replace it with the demo content.", e);
        }
    }

    public void write() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "content", ".json.tmp");
            json.writeValue(temporary.toFile(), store.snapshot());
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.error("Could not save the workbench's content to {}", file, e);
            throw new UncheckedIOException("Could not save the workbench's content to " + file, e);
        }
    }

    @Override
    public void created(ContentRecord created) {
        write();
    }

    @Override
    public void updated(ContentRecord before, ContentRecord after) {
        write();
    }

    @Override
    public void trashed(ContentRecord trashed, String byUsername) {
        write();
    }

    @Override
    public void restored(ContentRecord restored, String byUsername) {
        write();
    }

    @Override
    public void removed(ContentRecord removed, String byUsername) {
        write();
    }
}
