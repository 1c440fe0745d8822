package app.alongside.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain core must run anywhere: no Atlassian, Active Objects, Spring, servlet, JAX-RS or Velocity. */
public class CoreIsPlatformFreeTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("app.alongside");

    @Test
    public void coreDependsOnNoPlatformPackage() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                "com.atlassian..", "net.java.ao..", "org.springframework..", "javax.servlet..",
                "jakarta.servlet..", "javax.ws.rs..", "jakarta.ws.rs..", "jakarta.inject..", "javax.inject..",
                "org.apache.velocity..", "com.fasterxml.jackson..", "org.slf4j..");
        rule.check(CORE);
    }

    @Test
    public void coreHasClassesToCheck() {
        // Guards the rule above against passing vacuously if the package were renamed.
        if (CORE.size() < 5) {
            throw new AssertionError("expected the core classes to be imported, found " + CORE.size());
        }
    }
}
