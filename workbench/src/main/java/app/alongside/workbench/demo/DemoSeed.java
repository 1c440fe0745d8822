package app.alongside.workbench.demo;

import app.alongside.workbench.host.content.ContentKind;
import app.alongside.workbench.host.content.ContentStore;
import app.alongside.workbench.host.content.NewContent;
import app.alongside.workbench.host.users.UserDirectory;
import app.alongside.workbench.host.users.WorkbenchUser;
import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The seeded demo, read from {@code demo/} on the class path: people every time the workbench starts, spaces and
 * pages on a fresh (or reset) data directory. Pages are created through the content store as their authors, so the
 * app hears about them through its page events as it would in Confluence.
 */
public final class DemoSeed {

    public static final String DIRECTORY = "demo/";
    private static final String MANIFEST = DIRECTORY + "demo.json";

    private final DemoManifest manifest;
    private final ClassLoader classLoader;

    private DemoSeed(DemoManifest manifest, ClassLoader classLoader) {
        this.manifest = manifest;
        this.classLoader = classLoader;
    }

    public static DemoSeed fromClassPath(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(MANIFEST)) {
            if (in == null) {
                throw new IllegalStateException("The demo manifest " + MANIFEST + " is missing from the class path");
            }
            return new DemoSeed(new ObjectMapper().readValue(in, DemoManifest.class), classLoader);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo manifest " + MANIFEST + " cannot be read: " + e.getMessage(), e);
        }
    }

    public DemoManifest manifest() {
        return manifest;
    }

    public void addPeople(UserDirectory directory) {
        for (DemoManifest.Person person : manifest.people()) {
            directory.add(WorkbenchUser.of(person.username(), person.fullName(), person.email()), person.groups());
        }
    }

    /** Creates the demo spaces and their content, in manifest order, each page as its author. */
    public void addContent(ContentStore store, UserDirectory directory) {
        for (DemoManifest.DemoSpace space : manifest.spaces()) {
            store.addSpace(space.key(), space.name(), space.description(), space.homePage(), space.viewerGroups(),
                    space.viewerUsers(), space.administrators());
            for (DemoManifest.DemoContent content : space.content()) {
                WorkbenchUser author = directory.byUsername(content.author()).orElseThrow(() ->
                        new IllegalStateException("demo page '" + content.title() + "' has an unknown author "
                                + content.author()));
                AuthenticatedUserThreadLocal.set(author);
                try {
                    store.create(new NewContent(content.kind().equals("page") ? ContentKind.PAGE : ContentKind.BLOG_POST,
                            space.key(), content.title(), body(content.file()), content.labels(),
                            content.restrictedTo(), author.username()));
                } finally {
                    AuthenticatedUserThreadLocal.reset();
                }
            }
        }
    }

    private String body(String file) {
        String resource = DIRECTORY + file;
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The demo page body " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The demo page body " + resource + " cannot be read", e);
        }
    }
}
