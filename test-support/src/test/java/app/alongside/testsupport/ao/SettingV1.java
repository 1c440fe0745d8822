package app.alongside.testsupport.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Test-only entity, model version 1 of table {@code <prefix>_SETTING}. */
@Table("Setting")
public interface SettingV1 extends Entity {
    @NotNull
    String getName();

    void setName(String name);

    String getValueText();

    void setValueText(String valueText);
}
