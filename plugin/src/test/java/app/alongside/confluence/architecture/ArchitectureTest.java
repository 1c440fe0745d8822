package app.alongside.confluence.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The app's layering, checked on the compiled classes. */
public class ArchitectureTest {

    /** The app's own classes and core's, as bundled into the jar; test-support on the test classpath is not app. */
    private static final JavaClasses APP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPaths(Path.of("target", "classes"), Path.of("..", "core", "target", "classes"));

    @Test
    public void onlyPersistencePackagesTouchTheActiveObjectsOrm() {
        noClasses().that().resideOutsideOfPackage("..persistence..")
                .should().dependOnClassesThat().resideInAPackage("net.java.ao..")
                .check(APP);
    }

    @Test
    public void onlyPersistenceAndTheImportListUseTheActiveObjectsService() {
        noClasses().that().resideOutsideOfPackages("..persistence..", "app.alongside.confluence.wiring..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian.activeobjects..")
                .check(APP);
    }

    @Test
    public void coreDependsOnNothingInTheConfluenceAdapter() {
        noClasses().that().resideOutsideOfPackage("app.alongside.confluence..")
                .should().dependOnClassesThat().resideInAPackage("app.alongside.confluence..")
                .check(APP);
    }

    @Test
    public void macrosRestAndScreensDoNotReachIntoPersistence() {
        noClasses().that().resideInAnyPackage("..rest..", "..web..", "..macro..", "app.alongside.confluence.principle..")
                .should().dependOnClassesThat().resideInAPackage("..persistence..")
                .check(APP);
    }

    @Test
    public void persistenceReturnsNoEntityOutsideItsPackage() {
        classes().that().resideInAPackage("..persistence..").and().areInterfaces()
                .and().areAssignableTo(net.java.ao.RawEntity.class)
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("..persistence..")
                .check(APP);
    }

    @Test
    public void theAppNeverUsesTheTestHost() {
        noClasses().should().dependOnClassesThat().resideInAPackage("app.alongside.testsupport..")
                .check(APP);
    }
}
