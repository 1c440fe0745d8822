package app.alongside.confluence.settings.persistence;

import app.alongside.settings.InvolvementSettings;
import app.alongside.settings.ParityFraction;
import app.alongside.settings.SettingsRepository;
import app.alongside.settings.SpaceOverride;
import com.atlassian.activeobjects.external.ActiveObjects;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;

import java.util.Optional;

/** {@link SettingsRepository} in Active Objects. Returns core records, never entities. */
@Named
public final class AoSettingsRepository implements SettingsRepository {

    static final String GLOBAL_SCOPE = "global";
    private static final String SPACE_SCOPE_PREFIX = "space:";

    private final ActiveObjects ao;

    @Inject
    public AoSettingsRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<InvolvementSettings> findGlobal() {
        return ao.executeInTransaction(() -> find(GLOBAL_SCOPE).flatMap(AoSettingsRepository::toGlobal));
    }

    @Override
    public void saveGlobal(InvolvementSettings settings) {
        ao.executeInTransaction(() -> {
            SettingsEntity row = find(GLOBAL_SCOPE).orElseGet(() -> create(GLOBAL_SCOPE));
            row.setSuppressionThreshold(settings.suppressionThreshold());
            setParity(row, Optional.of(settings.parityFraction()));
            row.save();
            return null;
        });
    }

    @Override
    public Optional<SpaceOverride> findSpace(String spaceKey) {
        return ao.executeInTransaction(() -> find(SPACE_SCOPE_PREFIX + spaceKey).map(row -> new SpaceOverride(
                spaceKey, Optional.ofNullable(row.getSuppressionThreshold()), parity(row))));
    }

    @Override
    public void saveSpace(SpaceOverride override) {
        String scope = SPACE_SCOPE_PREFIX + override.spaceKey();
        ao.executeInTransaction(() -> {
            if (override.inheritsEverything()) {
                ao.deleteWithSQL(SettingsEntity.class, SettingsEntity.SCOPE + " = ?", scope);
                return null;
            }
            SettingsEntity row = find(scope).orElseGet(() -> create(scope));
            row.setSuppressionThreshold(override.suppressionThreshold().orElse(null));
            setParity(row, override.parityFraction());
            row.save();
            return null;
        });
    }

    private Optional<SettingsEntity> find(String scope) {
        SettingsEntity[] rows = ao.find(SettingsEntity.class, SettingsEntity.SCOPE + " = ?", scope);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private SettingsEntity create(String scope) {
        return ao.create(SettingsEntity.class, new DBParam(SettingsEntity.SCOPE, scope));
    }

    private static void setParity(SettingsEntity row, Optional<ParityFraction> parity) {
        row.setParityNumerator(parity.map(ParityFraction::numerator).orElse(null));
        row.setParityDenominator(parity.map(ParityFraction::denominator).orElse(null));
    }

    /** A row edited by hand into something invalid reads as absent rather than breaking every page. */
    private static Optional<ParityFraction> parity(SettingsEntity row) {
        Integer numerator = row.getParityNumerator();
        Integer denominator = row.getParityDenominator();
        if (numerator == null || denominator == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ParityFraction(numerator, denominator));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<InvolvementSettings> toGlobal(SettingsEntity row) {
        Optional<ParityFraction> parity = parity(row);
        Integer threshold = row.getSuppressionThreshold();
        if (threshold == null || parity.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InvolvementSettings(threshold, parity.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
