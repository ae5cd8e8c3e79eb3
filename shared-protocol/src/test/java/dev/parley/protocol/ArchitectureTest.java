package dev.parley.protocol;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** The protocol depends on the JDK and Jackson only; no JavaFX, no standard streams. */
@AnalyzeClasses(packages = "dev.parley.protocol", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule protocol_dependsOnlyOnJdkAndJackson = classes()
            .that().resideInAPackage("dev.parley.protocol..")
            .and().resideOutsideOfPackage("dev.parley.protocol.client..")
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.fasterxml.jackson..", "dev.parley.protocol..");

    @ArchTest
    static final ArchRule protocol_doesNotDependOnTheClient = noClasses()
            .that().resideInAPackage("dev.parley.protocol..")
            .and().resideOutsideOfPackage("dev.parley.protocol.client..")
            .should().dependOnClassesThat().resideInAPackage("dev.parley.protocol.client..");

    @ArchTest
    static final ArchRule nothing_dependsOnJavaFx = noClasses()
            .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule nothing_usesStandardStreams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
}
