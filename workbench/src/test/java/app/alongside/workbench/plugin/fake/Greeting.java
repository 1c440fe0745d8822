package app.alongside.workbench.plugin.fake;

/** A plain value a fake app makes a bean through a FactoryBean, as the real app does with core's services. */
public record Greeting(String text) {
}
