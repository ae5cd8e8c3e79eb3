package dev.parley.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Layer rules of the client (STYLE.md habits 8, 9 and 11), checked on the compiled classes. */
class ArchitectureTest {
    private static final JavaClasses CLIENT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.parley.client");

    @Test
    void viewModels_doNotDependOnJavafxScene() {
        classes().that().haveSimpleNameEndingWith("ViewModel")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("javafx.scene..")
                .check(CLIENT);
    }

    @Test
    void netAndModelAndPrefs_doNotDependOnJavafxScene() {
        noClasses().that().resideInAnyPackage("dev.parley.client.net..", "dev.parley.client.model..",
                        "dev.parley.client.prefs..", "dev.parley.client.i18n..")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(CLIENT);
    }

    @Test
    void clientCode_doesNotUseSystemOutOrErr() {
        noClasses().should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLIENT);
    }

    @Test
    void viewModels_doNotDependOnViews() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .check(CLIENT);
    }
}
