package app.alongside.workbench.plugin.fake;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;

import java.util.Map;

public final class FakeMacro implements Macro {

    private final Greeting greeting;

    public FakeMacro(Greeting greeting) {
        this.greeting = greeting;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) {
        return "<p>" + greeting.text() + "</p>";
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
