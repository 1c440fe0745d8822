package app.alongside.testsupport.ao;

import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DatabaseProvider;
import net.java.ao.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;

/**
 * The host's record of each {@code <ao>} module's model version: the emulation of what Confluence keeps in its
 * plugin settings under {@code AO_xxxxxx_#}.
 *
 * <p>It is a plain JDBC table owned by the host, outside every module's {@code AO_} prefix (so no module's
 * migration, destructive or not, ever touches it):</p>
 * <pre>
 * ALONGSIDE_HOST_AO_VERSION (
 *     AO_NAMESPACE  VARCHAR(255) NOT NULL PRIMARY KEY,   -- the module's namespace (or plugin key)
 *     MODEL_VERSION VARCHAR(32)  NOT NULL)               -- ModelVersion.toString(), e.g. "3"
 * </pre>
 * <p>Names are upper case and go through AO's own quoting ({@link DatabaseProvider#withSchema},
 * {@link DatabaseProvider#processID}), so on PostgreSQL the table is {@code public."ALONGSIDE_HOST_AO_VERSION"}.
 * Reads and writes use {@link DatabaseProvider#getConnection()}, i.e. they join the AO transaction running on
 * the current thread, if any (the installer stores the new version in the same transaction as the upgrade task).</p>
 */
public final class AoModelVersionStore {

    public static final String TABLE = "ALONGSIDE_HOST_AO_VERSION";
    static final String COL_NAMESPACE = "AO_NAMESPACE";
    static final String COL_VERSION = "MODEL_VERSION";

    private final DatabaseProvider provider;

    public AoModelVersionStore(EntityManager entityManager) {
        this.provider = Objects.requireNonNull(entityManager, "entityManager").getProvider();
    }

    /** Creates the table if it does not exist. */
    public void ensureTable() {
        String sql = "CREATE TABLE IF NOT EXISTS " + table() + " ("
                + col(COL_NAMESPACE) + " VARCHAR(255) NOT NULL PRIMARY KEY, "
                + col(COL_VERSION) + " VARCHAR(32) NOT NULL)";
        try (Connection c = provider.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new ActiveObjectsException("could not create " + TABLE + ": " + sql, e);
        }
    }

    /** The stored model version of the namespace, or version 0 if none is stored (a fresh install). */
    public ModelVersion current(String namespace) {
        String stored = storedVersion(namespace);
        return ModelVersion.valueOf(stored == null ? "0" : stored);
    }

    /** The stored version string of the namespace, or null. */
    public String storedVersion(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        String sql = "SELECT " + col(COL_VERSION) + " FROM " + table() + " WHERE " + col(COL_NAMESPACE) + " = ?";
        try (Connection c = provider.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, namespace);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new ActiveObjectsException("could not read the model version of " + namespace, e);
        }
    }

    /** Stores the model version of the namespace (insert or update). */
    public void store(String namespace, ModelVersion version) {
        Objects.requireNonNull(namespace, "namespace");
        String value = Objects.requireNonNull(version, "version").toString();
        String update = "UPDATE " + table() + " SET " + col(COL_VERSION) + " = ? WHERE " + col(COL_NAMESPACE) + " = ?";
        String insert = "INSERT INTO " + table() + " (" + col(COL_NAMESPACE) + ", " + col(COL_VERSION) + ") VALUES (?, ?)";
        try (Connection c = provider.getConnection()) {
            int updated;
            try (PreparedStatement ps = c.prepareStatement(update)) {
                ps.setString(1, value);
                ps.setString(2, namespace);
                updated = ps.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement ps = c.prepareStatement(insert)) {
                    ps.setString(1, namespace);
                    ps.setString(2, value);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new ActiveObjectsException("could not store model version " + value + " of " + namespace, e);
        }
    }

    /** Removes the stored version of the namespace (the next install is a fresh install). */
    public void forget(String namespace) {
        Objects.requireNonNull(namespace, "namespace");
        String sql = "DELETE FROM " + table() + " WHERE " + col(COL_NAMESPACE) + " = ?";
        try (Connection c = provider.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, namespace);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new ActiveObjectsException("could not forget the model version of " + namespace, e);
        }
    }

    private String table() {
        return provider.withSchema(TABLE);
    }

    private String col(String name) {
        return provider.processID(name);
    }
}
