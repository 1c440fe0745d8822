/**
 * A real Active Objects host for tests and the workbench: {@code com.atlassian.activeobjects.external.ActiveObjects}
 * over the AO ORM's {@code net.java.ao.EntityManager} on H2 or PostgreSQL.
 *
 * <ul>
 *   <li>{@link app.alongside.testsupport.ao.AoDatabase}: which database (H2 in memory / H2 file / PostgreSQL, or
 *       chosen by {@code -Dalongside.db=h2|postgres} and {@code alongside.pg.*}), the Confluence table prefix rule
 *       ({@code AO_} + last 6 hex of MD5(namespace)), and an {@code EntityManager} with the Atlassian name
 *       converters.</li>
 *   <li>{@link app.alongside.testsupport.ao.EntityManagerActiveObjects}: the {@code ActiveObjects} facade;
 *       {@code executeInTransaction} commits/rolls back a real transaction and joins one already running.</li>
 *   <li>{@link app.alongside.testsupport.ao.AoModuleInstaller}: installs an {@code <ao>} module: upgrade tasks in
 *       model-version order, then a non-destructive migration; versions kept in
 *       {@link app.alongside.testsupport.ao.AoModelVersionStore the host table ALONGSIDE_HOST_AO_VERSION}.</li>
 *   <li>{@link app.alongside.testsupport.ao.ActiveObjectsRule}: JUnit 4 rule for store tests
 *       ({@code @ClassRule @Rule public static final}).</li>
 * </ul>
 *
 * <p>Rules for app code these classes enforce or expose (details in {@link app.alongside.testsupport.ao.AoDatabase}):
 * always pair {@code Query.offset} with {@code limit} (H2 2.x); use upper-case column names ({@code SPACE_KEY}) in
 * {@code DBParam}, maps, {@code where} and {@code order}; in hand-written SQL quote names through the provider
 * ({@code withSchema}, {@code processID}) because PostgreSQL folds unquoted names to lower case; never hard-code a
 * table prefix.</p>
 */
package app.alongside.testsupport.ao;
