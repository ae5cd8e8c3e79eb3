package dev.parley.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/** Layering rules of the server module, checked on its compiled classes. */
@AnalyzeClasses(packages = "dev.parley.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule serverNeverImportsJavaFx =
            noClasses().should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule noSystemOutOutsideCli =
            noClasses().that().resideOutsideOfPackage("dev.parley.server.cli..")
                    .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS);

    @ArchTest
    static final ArchRule transportKnowsNoFeature =
            noClasses().that().resideInAPackage("dev.parley.server.transport..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "dev.parley.server.accounts..", "dev.parley.server.rooms..", "dev.parley.server.messages..",
                            "dev.parley.server.moderation..", "dev.parley.server.audit..", "dev.parley.server.attachments..",
                            "dev.parley.server.profiles..", "dev.parley.server.attention..", "dev.parley.server.presence..");

    @ArchTest
    static final ArchRule storageKnowsNoFeature =
            noClasses().that().resideInAPackage("dev.parley.server.storage..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "dev.parley.server.accounts..", "dev.parley.server.rooms..", "dev.parley.server.messages..",
                            "dev.parley.server.moderation..", "dev.parley.server.audit..", "dev.parley.server.transport..",
                            "dev.parley.server.attachments..", "dev.parley.server.profiles..", "dev.parley.server.attention..",
                            "dev.parley.server.presence..");

    @ArchTest
    static final ArchRule noJavaUtilLogging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;
}
