package app.alongside.testsupport.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/** Test-only entity, model version 2 of table {@code <prefix>_SETTING}: adds {@code VALUE_LENGTH}. */
@Table("Setting")
public interface SettingV2 extends Entity {
    @NotNull
    String getName();

    void setName(String name);

    String getValueText();

    void setValueText(String valueText);

    Integer getValueLength();

    void setValueLength(Integer valueLength);
}
