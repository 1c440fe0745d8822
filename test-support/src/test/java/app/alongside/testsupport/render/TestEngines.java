package app.alongside.testsupport.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The engine the render tests share: test classpath templates, the fixture descriptor's allowlist. */
final class TestEngines {

    private static final ConfluenceVelocityEngine ENGINE =
            ConfluenceVelocityEngine.create(TestEngines.class.getClassLoader(), fixtureAllowlist());

    private TestEngines() {
    }

    static ConfluenceVelocityEngine engine() {
        return ENGINE;
    }

    static VelocityAllowlist fixtureAllowlist() {
        try (InputStream in = TestEngines.class.getClassLoader().getResourceAsStream("render/atlassian-plugin.xml")) {
            return VelocityAllowlist.fromPluginDescriptor(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> context(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
