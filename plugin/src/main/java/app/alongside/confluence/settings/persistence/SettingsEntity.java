package app.alongside.confluence.settings.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One row per scope: {@code global}, or {@code space:<key>} for a space's override. A null column inherits.
 * Table {@code AO_2ED2E3_SETTINGS} in Confluence (see docs/storage-format.md).
 */
@Table("SETTINGS")
public interface SettingsEntity extends Entity {

    String SCOPE = "SCOPE";
    String SUPPRESSION_THRESHOLD = "SUPPRESSION_THRESHOLD";
    String PARITY_NUMERATOR = "PARITY_NUMERATOR";
    String PARITY_DENOMINATOR = "PARITY_DENOMINATOR";

    @NotNull
    @Indexed
    @Unique
    String getScope();

    void setScope(String scope);

    Integer getSuppressionThreshold();

    void setSuppressionThreshold(Integer threshold);

    Integer getParityNumerator();

    void setParityNumerator(Integer numerator);

    Integer getParityDenominator();

    void setParityDenominator(Integer denominator);
}
