package app.alongside.workbench.blueprint;

import com.google.template.soy.plugin.java.restricted.JavaPluginContext;
import com.google.template.soy.plugin.java.restricted.JavaValue;
import com.google.template.soy.plugin.java.restricted.JavaValueFactory;
import com.google.template.soy.plugin.java.restricted.SoyJavaSourceFunction;
import com.google.template.soy.shared.restricted.Signature;
import com.google.template.soy.shared.restricted.SoyFunctionSignature;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Confluence's {@code getText('key')} Soy function (from {@code soy-core-functions}), for Google's compiler: the
 * app's text for an i18n key, escaped by Soy's contextual autoescaping like any other printed string. Only the
 * one-argument form is provided, because that is all the app's wizards use.
 */
@SoyFunctionSignature(name = GetTextFunction.NAME, value = @Signature(parameterTypes = {"string"}, returnType = "string"))
public final class GetTextFunction implements SoyJavaSourceFunction {

    static final String NAME = "getText";

    static final Method GET_TEXT = JavaValueFactory.createMethod(I18nText.class, "getText", String.class);

    @Override
    public JavaValue applyForJavaSource(JavaValueFactory factory, List<JavaValue> args, JavaPluginContext context) {
        return factory.callInstanceMethod(GET_TEXT, args.get(0));
    }
}
